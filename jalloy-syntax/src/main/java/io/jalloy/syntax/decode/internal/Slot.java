package io.jalloy.syntax.decode.internal;

/**
 * One named attribute, block or enum of a record, possibly inside squashed records: {@code path}
 * holds the component indexes from the outer record down to the component itself.
 */
public final class Slot {
    /** What a slot is written as in a body. */
    public enum Kind { ATTR, BLOCK, ENUM }

    /** How a block slot holds its blocks: one record, an {@code Optional} of one, a list, or a map. */
    public enum Shape { NONE, SINGLE, OPTIONAL, LIST, MAP }

    private final int id;
    private final String name;
    private final Kind kind;
    private final Shape shape;
    private final boolean optional;
    private final int[] path;
    private final TypeCodec valueCodec;
    private final Class<?> element;

    Slot(int id, String name, Kind kind, Shape shape, boolean optional, int[] path, TypeCodec valueCodec,
         Class<?> element) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.shape = shape;
        this.optional = optional;
        this.path = path;
        this.valueCodec = valueCodec;
        this.element = element;
    }

    /** The slot's index among its record's slots (squashed ones included). */
    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public Shape shape() {
        return shape;
    }

    public boolean optional() {
        return optional;
    }

    int[] path() {
        return path;
    }

    /** Decodes this slot's whole value from an Alloy value (attributes, map blocks, object values). */
    public TypeCodec valueCodec() {
        return valueCodec;
    }

    /** The record class of a block (one or each of a list) or of an enum's elements; null otherwise. */
    public Class<?> element() {
        return element;
    }
}
