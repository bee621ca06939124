package io.jalloy.syntax.decode.internal;

import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.ByteSize;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.GoDuration;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.OptionalSecret;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValueType;
import io.jalloy.syntax.value.Values;
import java.time.Duration;

/**
 * Codecs for strings, booleans, numbers, durations, byte sizes and secrets, converting between
 * numbers and strings where Alloy does and refusing to turn a secret into a string.
 */
final class ScalarCodecs {
    private ScalarCodecs() {}

    static final String SECRET_TO_STRING = "secrets may not be converted into strings";

    static final TypeCodec STRING = new Simple(ValueType.STRING, "") {
        @Override
        public Object decode(Value v) throws DecodeFailure {
            return text(v);
        }

        @Override
        Value encodeNonNull(Object o) {
            return StringValue.of((String) o);
        }
    };

    static final TypeCodec BOOLEAN = new Simple(ValueType.BOOL, false) {
        @Override
        public Object decode(Value v) throws DecodeFailure {
            if (v instanceof BoolValue b) {
                return b.value();
            }
            throw mismatch(ValueType.BOOL, v);
        }

        @Override
        Value encodeNonNull(Object o) {
            return BoolValue.of((Boolean) o);
        }
    };

    static final TypeCodec DURATION = new Simple(ValueType.STRING, Duration.ZERO) {
        @Override
        public Object decode(Value v) throws DecodeFailure {
            String s = text(v);
            try {
                return GoDuration.parse(s);
            } catch (ValueException e) {
                throw DecodeFailure.of(e, v);
            }
        }

        @Override
        Value encodeNonNull(Object o) {
            return StringValue.of(GoDuration.format((Duration) o));
        }
    };

    static final TypeCodec BYTE_SIZE = new Simple(ValueType.STRING, new ByteSize(0)) {
        @Override
        public Object decode(Value v) throws DecodeFailure {
            String s = text(v);
            try {
                return ByteSize.parse(s);
            } catch (ValueException e) {
                throw DecodeFailure.of(e, v);
            }
        }

        @Override
        Value encodeNonNull(Object o) {
            return StringValue.of(((ByteSize) o).format());
        }
    };

    static final TypeCodec SECRET = new Simple(ValueType.CAPSULE, null) {
        @Override
        public Object decode(Value v) throws DecodeFailure {
            if (v instanceof StringValue s) {
                return new Secret(s.value());
            }
            if (v instanceof CapsuleValue c) {
                if (c.value() instanceof Secret s) {
                    return s;
                }
                if (c.value() instanceof OptionalSecret o) {
                    return new Secret(o.value());
                }
            }
            throw mismatch(ValueType.CAPSULE, v);
        }

        @Override
        Value encodeNonNull(Object o) {
            return new CapsuleValue(o);
        }
    };

    static final TypeCodec OPTIONAL_SECRET = new Simple(ValueType.CAPSULE, null) {
        @Override
        public Object decode(Value v) throws DecodeFailure {
            if (v instanceof StringValue s) {
                return new OptionalSecret(s.value(), false);
            }
            if (v instanceof CapsuleValue c) {
                if (c.value() instanceof OptionalSecret o) {
                    return o;
                }
                if (c.value() instanceof Secret s) {
                    return new OptionalSecret(s.value(), true);
                }
            }
            throw mismatch(ValueType.CAPSULE, v);
        }

        @Override
        Value encodeNonNull(Object o) {
            return new CapsuleValue(o);
        }
    };

    /** A number codec: {@code kind} is one of int, long, short, byte, double, float. */
    static TypeCodec number(Class<?> type, boolean boxed) {
        Object zero = boxed ? null : zeroOf(type);
        return new Simple(ValueType.NUMBER, zero) {
            @Override
            public Object decode(Value v) throws DecodeFailure {
                NumberValue n;
                try {
                    n = (NumberValue) Values.convert(v, ValueType.NUMBER);
                } catch (ValueException e) {
                    throw DecodeFailure.of(e, v);
                }
                long i = Values.asInt(n);
                if (type == int.class) {
                    return (int) i;
                } else if (type == long.class) {
                    return i;
                } else if (type == short.class) {
                    return (short) i;
                } else if (type == byte.class) {
                    return (byte) i;
                } else if (type == float.class) {
                    return (float) n.floatValue();
                }
                return n.floatValue();
            }

            @Override
            Value encodeNonNull(Object o) {
                if (o instanceof Double || o instanceof Float) {
                    return NumberValue.ofFloat(((Number) o).doubleValue());
                }
                return NumberValue.ofInt(((Number) o).longValue());
            }
        };
    }

    private static Object zeroOf(Class<?> type) {
        if (type == int.class) {
            return 0;
        } else if (type == long.class) {
            return 0L;
        } else if (type == short.class) {
            return (short) 0;
        } else if (type == byte.class) {
            return (byte) 0;
        } else if (type == float.class) {
            return 0f;
        }
        return 0d;
    }

    /** The text of a string value, converting numbers, unwrapping non-sensitive optional secrets. */
    static String text(Value v) throws DecodeFailure {
        if (v instanceof StringValue s) {
            return s.value();
        }
        if (v instanceof CapsuleValue c) {
            if (c.value() instanceof OptionalSecret o && !o.isSecret()) {
                return o.value();
            }
            if (c.value() instanceof Secret || c.value() instanceof OptionalSecret) {
                throw new DecodeFailure(SECRET_TO_STRING, v);
            }
        }
        try {
            return ((StringValue) Values.convert(v, ValueType.STRING)).value();
        } catch (ValueException e) {
            throw DecodeFailure.of(e, v);
        }
    }

    static DecodeFailure mismatch(ValueType expected, Value got) {
        return DecodeFailure.of(ValueException.typeMismatch(expected, got), got);
    }

    /** A codec with a fixed Alloy type and zero value that encodes null as Alloy null. */
    abstract static class Simple implements TypeCodec {
        private final ValueType type;
        private final Object zero;

        Simple(ValueType type, Object zero) {
            this.type = type;
            this.zero = zero;
        }

        @Override
        public ValueType alloyType() {
            return type;
        }

        @Override
        public Object zero() {
            return zero;
        }

        @Override
        public Value encode(Object o) {
            return o == null ? NullValue.INSTANCE : encodeNonNull(o);
        }

        abstract Value encodeNonNull(Object o);
    }
}
