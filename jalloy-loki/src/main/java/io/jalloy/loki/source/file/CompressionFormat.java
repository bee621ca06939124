package io.jalloy.loki.source.file;

import io.jalloy.syntax.decode.ValueCodec;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValueType;

/** The compression formats of the {@code decompression} block. */
public enum CompressionFormat {
    /** Not set: the block is absent. */
    NONE(""),
    GZ("gz"),
    /** zlib, as Go's compress/zlib. */
    Z("z"),
    BZ2("bz2");

    private final String text;

    CompressionFormat(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** Decodes the {@code format} attribute, failing with Alloy's message. */
    public static ValueCodec<CompressionFormat> alloyCodec() {
        return new ValueCodec<>() {
            @Override
            public ValueType alloyType() {
                return ValueType.STRING;
            }

            @Override
            public CompressionFormat decode(Value value) throws ValueException {
                if (!(value instanceof StringValue s)) {
                    throw ValueException.typeMismatch(ValueType.STRING, value);
                }
                return switch (s.value()) {
                    case "gz" -> GZ;
                    case "z" -> Z;
                    case "bz2" -> BZ2;
                    default -> throw new ValueException("unsupported compression format: \"" + s.value()
                            + "\" - please use one of \"gz, z, bz2\"");
                };
            }

            @Override
            public Value encode(CompressionFormat f) {
                return new StringValue(f.text);
            }
        };
    }
}
