package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Attr;

/** {@code stage.tenant}: sets the tenant from a label, an extracted value or a constant. */
public record TenantConfig(
        @Attr(value = "label", optional = true) String label,
        @Attr(value = "source", optional = true) String source,
        @Attr(value = "value", optional = true) String value) {}
