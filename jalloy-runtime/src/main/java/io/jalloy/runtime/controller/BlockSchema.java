package io.jalloy.runtime.controller;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The attributes and nested blocks a block body accepts, in declaration order (Alloy reports
 * missing fields in that order). Immutable once built.
 */
public final class BlockSchema {
    /** A body that accepts any content (a map or interface in Alloy). */
    public static final BlockSchema ANY_BODY = new BlockSchema(List.of(), true);
    /** A body with nothing in it. */
    public static final BlockSchema EMPTY = new BlockSchema(List.of(), false);

    private final List<Field> fields;
    private final Map<String, Field> byName;
    private final boolean anyBody;
    /** Non-null for a {@link #lazy} schema, which answers with the supplied one. */
    private final Supplier<BlockSchema> target;

    private BlockSchema(Supplier<BlockSchema> target) {
        this.fields = List.of();
        this.byName = Map.of();
        this.anyBody = false;
        this.target = target;
    }

    private BlockSchema(List<Field> fields, boolean anyBody) {
        this.fields = List.copyOf(fields);
        this.anyBody = anyBody;
        this.target = null;
        Map<String, Field> map = new LinkedHashMap<>();
        for (Field f : fields) {
            if (map.put(f.name(), f) != null) {
                throw new IllegalArgumentException("field " + f.name() + " declared twice");
            }
        }
        this.byName = map;
    }

    /**
     * A schema that answers with {@code target}'s, fetched on each use: how a block nested in
     * itself (a {@code stage.match} holding stages) refers to the schema still being built.
     */
    public static BlockSchema lazy(Supplier<BlockSchema> target) {
        return new BlockSchema(target);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fields in declaration order. */
    public List<Field> fields() {
        return target != null ? target.get().fields() : fields;
    }

    /** The field named {@code name} (dotted for block names such as {@code stage.logfmt}), or null. */
    public Field field(String name) {
        return target != null ? target.get().field(name) : byName.get(name);
    }

    /** Whether any content is accepted without checks. */
    public boolean anyBody() {
        return target != null ? target.get().anyBody() : anyBody;
    }

    /** An attribute or a nested block. */
    public sealed interface Field {
        String name();

        boolean required();
    }

    /** {@code name = value}. */
    public record Attr(String name, ValueSpec type, boolean required) implements Field {}

    /** How many times a nested block may appear. */
    public enum Multiplicity { ONCE, REPEATED }

    /** {@code name { ... }}, possibly dotted ({@code stage.logfmt}). */
    public record Block(String name, BlockSchema schema, boolean required, Multiplicity multiplicity) implements Field {}

    /** Builds a schema field by field. */
    public static final class Builder {
        private final List<Field> fields = new ArrayList<>();

        public Builder required(String name, ValueSpec type) {
            fields.add(new Attr(name, type, true));
            return this;
        }

        public Builder optional(String name, ValueSpec type) {
            fields.add(new Attr(name, type, false));
            return this;
        }

        /** A block that may appear at most once. */
        public Builder block(String name, BlockSchema schema, boolean required) {
            fields.add(new Block(name, schema, required, Multiplicity.ONCE));
            return this;
        }

        /** A block that may appear any number of times (a slice in Alloy, or an enum variant). */
        public Builder blocks(String name, BlockSchema schema, boolean required) {
            fields.add(new Block(name, schema, required, Multiplicity.REPEATED));
            return this;
        }

        public BlockSchema build() {
            return new BlockSchema(fields, false);
        }
    }
}
