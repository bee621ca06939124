package io.jalloy.runtime.render;

import io.jalloy.syntax.value.Value;
import java.util.List;
import java.util.Objects;

/** One statement of a rendered block body: an attribute or a nested block. */
public sealed interface BodyStatement {

    /** {@code name = value}. */
    record Attr(String name, Value value) implements BodyStatement {
        public Attr {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code name "label" { body }}; label is empty for unlabelled blocks. */
    record Block(String name, String label, List<BodyStatement> body) implements BodyStatement {
        public Block {
            Objects.requireNonNull(name, "name");
            label = label == null ? "" : label;
            body = List.copyOf(body);
        }
    }
}
