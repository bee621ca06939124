package io.jalloy.loki.source.file;

import io.jalloy.syntax.decode.ValueCodec;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValueType;

/** What a stored position that is not a number means ({@code on_positions_file_error}). */
public enum OnPositionsFileError {
    /** Do not read the file. */
    SKIP("skip"),
    /** Start at the file's last line. */
    RESTART_FROM_END("restart_from_end"),
    /** Start at the beginning (the default). */
    RESTART_FROM_BEGINNING("restart_from_beginning");

    private final String text;

    OnPositionsFileError(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** Decodes the attribute, failing with Alloy's message. */
    public static ValueCodec<OnPositionsFileError> alloyCodec() {
        return new ValueCodec<>() {
            @Override
            public ValueType alloyType() {
                return ValueType.STRING;
            }

            @Override
            public OnPositionsFileError decode(Value value) throws ValueException {
                if (!(value instanceof StringValue s)) {
                    throw ValueException.typeMismatch(ValueType.STRING, value);
                }
                for (OnPositionsFileError o : values()) {
                    if (o.text.equals(s.value())) {
                        return o;
                    }
                }
                throw new ValueException("unknown OnPositionsFileError value: " + s.value());
            }

            @Override
            public Value encode(OnPositionsFileError o) {
                return new StringValue(o.text);
            }
        };
    }
}
