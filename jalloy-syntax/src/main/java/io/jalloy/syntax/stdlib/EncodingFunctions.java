package io.jalloy.syntax.stdlib;

import io.jalloy.syntax.stdlib.internal.GoCodecs;
import io.jalloy.syntax.stdlib.internal.JsonReader;
import io.jalloy.syntax.stdlib.internal.JsonWriter;
import io.jalloy.syntax.stdlib.internal.YamlReader;
import io.jalloy.syntax.value.FunctionValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code encoding} namespace: JSON, YAML, base64 and URL query encodings. */
final class EncodingFunctions {
    private EncodingFunctions() {}

    static Map<String, FunctionValue> all(String prefix) {
        Map<String, FunctionValue> m = new LinkedHashMap<>();
        Functions.put(m, prefix, "from_json", (fn, args) -> {
            Args.count(fn, args, 1);
            try {
                return JsonReader.parse(Args.string(args, 0));
            } catch (JsonReader.JsonException e) {
                throw new ValueException(fn + " " + e.getMessage());
            }
        });
        Functions.put(m, prefix, "from_yaml", (fn, args) -> {
            Args.count(fn, args, 1);
            try {
                return YamlReader.parse(Args.string(args, 0));
            } catch (YamlReader.YamlException e) {
                throw new ValueException(fn + " " + e.getMessage());
            }
        });
        Functions.put(m, prefix, "from_base64", (fn, args) -> fromBase64(fn, args, false));
        Functions.put(m, prefix, "from_URLbase64", (fn, args) -> fromBase64(fn, args, true));
        Functions.put(m, prefix, "to_json", (fn, args) -> {
            Args.count(fn, args, 1);
            if (!(args.get(0) instanceof ObjectValue)) {
                throw new ValueException(fn + " jsonEncode only supports map");
            }
            try {
                return StringValue.of(JsonWriter.write(args.get(0)));
            } catch (JsonWriter.UnsupportedException e) {
                throw new ValueException(fn + " " + e.getMessage());
            }
        });
        Functions.put(m, prefix, "to_base64", (fn, args) -> {
            Args.count(fn, args, 1);
            return StringValue.of(GoCodecs.toBase64(Args.string(args, 0), false));
        });
        Functions.put(m, prefix, "to_URLbase64", (fn, args) -> {
            Args.count(fn, args, 1);
            return StringValue.of(GoCodecs.toBase64(Args.string(args, 0), true));
        });
        Functions.put(m, prefix, "url_encode", (fn, args) -> {
            Args.count(fn, args, 1);
            return StringValue.of(GoCodecs.queryEscape(Args.string(args, 0)));
        });
        Functions.put(m, prefix, "url_decode", (fn, args) -> {
            Args.count(fn, args, 1);
            try {
                return StringValue.of(GoCodecs.queryUnescape(Args.string(args, 0)));
            } catch (GoCodecs.DecodeException e) {
                throw new ValueException(fn + " " + e.getMessage());
            }
        });
        return m;
    }

    private static StringValue fromBase64(String fn, List<Value> args, boolean url) throws ValueException {
        Args.count(fn, args, 1);
        try {
            return StringValue.of(GoCodecs.fromBase64(Args.string(args, 0), url));
        } catch (GoCodecs.DecodeException e) {
            throw new ValueException(fn + " " + e.getMessage());
        }
    }
}
