package io.jalloy.runtime.controller.testcomponents;

import io.jalloy.syntax.decode.ValueCodec;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValueType;
import java.util.LinkedHashMap;
import java.util.Map;

/** TEST-ONLY stand-ins for the Alloy types the conformance components' arguments use. */
final class TestTypes {
    private TestTypes() {}

    /** A Prometheus appendable ({@code storage.Appendable}), a capsule. */
    interface MetricsReceiver {}

    /** A Loki logs receiver, a capsule. */
    interface LogsReceiver {}

    /** An OpenTelemetry consumer, a capsule. */
    interface OtelConsumer {}

    /** An OpenTelemetry auth handler, a capsule. */
    interface OtelHandler {}

    /**
     * A discovery target: converts only from objects, failing with the text of Alloy's
     * {@code discovery.Target} converter for anything else.
     */
    record Target(Map<String, String> labels) {
        static ValueCodec<Target> alloyCodec() {
            return new ValueCodec<>() {
                @Override
                public ValueType alloyType() {
                    return ValueType.OBJECT;
                }

                @Override
                public Target decode(Value value) throws ValueException {
                    if (!(value instanceof ObjectValue o)) {
                        throw new ValueException("target::ConvertFrom: conversion from '" + goType(value) + "' is not supported");
                    }
                    Map<String, String> labels = new LinkedHashMap<>();
                    o.fields().forEach((k, v) -> labels.put(k, v instanceof StringValue s ? s.value() : String.valueOf(v)));
                    return new Target(labels);
                }

                @Override
                public Value encode(Target t) {
                    Map<String, Value> fields = new LinkedHashMap<>();
                    t.labels().forEach((k, v) -> fields.put(k, new StringValue(v)));
                    return new ObjectValue(fields);
                }
            };
        }

        private static String goType(Value v) {
            return switch (v) {
                case NumberValue n when n.kind() == NumberValue.Kind.FLOAT -> "float64";
                case NumberValue n -> "int64";
                case StringValue s -> "string";
                default -> v.type().toString();
            };
        }
    }

    /** otelcol.auth.headers' header action, parsed from text with otelcol's error. */
    record HeaderAction(String name) {
        static ValueCodec<HeaderAction> alloyCodec() {
            return new ValueCodec<>() {
                @Override
                public ValueType alloyType() {
                    return ValueType.STRING;
                }

                @Override
                public HeaderAction decode(Value value) throws ValueException {
                    if (!(value instanceof StringValue s)) {
                        throw ValueException.typeMismatch(ValueType.STRING, value);
                    }
                    return switch (s.value()) {
                        case "insert", "update", "upsert", "delete" -> new HeaderAction(s.value());
                        default -> throw new ValueException("unknown action " + s.value());
                    };
                }

                @Override
                public Value encode(HeaderAction a) {
                    return new StringValue(a.name());
                }
            };
        }
    }
}
