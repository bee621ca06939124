package io.jalloy.syntax.stdlib.internal;

import io.jalloy.syntax.value.Value;
import java.util.HashMap;
import java.util.Map;

/** The anchors of one YAML document, so aliases resolve to the values already built. */
final class YamlAnchors {
    private final Map<String, Value> values = new HashMap<>();

    void define(String name, Value v) {
        values.put(name, v);
    }

    /** The value of the alias at the cursor ({@code *name}), or yaml.v3's unknown-anchor error. */
    Value alias(YamlCursor c) throws YamlReader.YamlException {
        String name = c.property().substring(1);
        Value v = values.get(name);
        if (v == null) {
            throw new YamlReader.YamlException("yaml: unknown anchor '" + name + "' referenced");
        }
        return v;
    }
}
