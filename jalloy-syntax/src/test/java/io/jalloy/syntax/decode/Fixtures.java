package io.jalloy.syntax.decode;

import io.jalloy.syntax.value.ByteSize;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Argument records shaped like real components', for the decoder tests. */
final class Fixtures {
    private Fixtures() {}

    record BasicAuth(
            @Attr("username") String username,
            @Attr(value = "password", optional = true) Secret password) {}

    record Endpoint(
            @Label String name,
            @Attr("url") String url,
            @Attr(value = "timeout", optional = true) Duration timeout,
            @Attr(value = "headers", optional = true) Map<String, String> headers,
            @Block(value = "basic_auth", optional = true) BasicAuth basicAuth) {

        static Endpoint defaults() {
            return new Endpoint("", "", Duration.ofSeconds(10), Map.of(), null);
        }
    }

    record Common(
            @Attr(value = "retries", optional = true) int retries,
            @Attr(value = "enabled", optional = true) boolean enabled) {

        static Common defaults() {
            return new Common(3, true);
        }
    }

    record JsonStage(@Attr("expressions") Map<String, String> expressions) {}

    record RegexStage(@Attr("expression") String expression) {}

    record Stage(
            @Block(value = "json", optional = true) JsonStage json,
            @Block(value = "regex", optional = true) RegexStage regex) {}

    record Args(
            @Attr("forward_to") List<String> forwardTo,
            @Attr(value = "encoding", optional = true) String encoding,
            @Attr(value = "ratio", optional = true) double ratio,
            @Attr(value = "max_size", optional = true) ByteSize maxSize,
            @Attr(value = "token", optional = true) Optional<Secret> token,
            @Attr(value = "raw", optional = true) Value raw,
            @Block("endpoint") List<Endpoint> endpoints,
            @Block(value = "extra", optional = true) Map<String, Value> extra,
            @Block(value = "a.b", optional = true) RegexStage dotted,
            @Enum(value = "stage", optional = true) List<Stage> stages,
            @Squash Common common) implements Validating {

        static Args defaults() {
            return new Args(List.of(), "utf-8", 0.5, new ByteSize(1024), Optional.empty(), null, List.of(), Map.of(),
                    null, List.of(), Common.defaults());
        }

        @Override
        public void validate() throws ValueException {
            if (ratio > 1) {
                throw new ValueException("ratio must be at most 1, got " + ratio);
            }
        }
    }

    /** A capsule-like type with its own conversion, like Alloy's discovery.Target. */
    record Target(Map<String, String> labels) {
        static ValueCodec<Target> alloyCodec() {
            return new ValueCodec<>() {
                @Override
                public io.jalloy.syntax.value.ValueType alloyType() {
                    return io.jalloy.syntax.value.ValueType.CAPSULE;
                }

                @Override
                public Target decode(Value v) throws ValueException {
                    if (!(v instanceof ObjectValue o)) {
                        String go = v instanceof io.jalloy.syntax.value.NumberValue ? "int64" : v.type().toString();
                        throw new ValueException("target::ConvertFrom: conversion from '" + go + "' is not supported");
                    }
                    java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
                    for (var e : o.fields().entrySet()) {
                        labels.put(e.getKey(), ((io.jalloy.syntax.value.StringValue) e.getValue()).value());
                    }
                    return new Target(labels);
                }

                @Override
                public Value encode(Target t) {
                    java.util.Map<String, Value> m = new java.util.LinkedHashMap<>();
                    t.labels().forEach((k, val) -> m.put(k, io.jalloy.syntax.value.StringValue.of(val)));
                    return new ObjectValue(m);
                }
            };
        }
    }

    /** A stand-in for loki.source.file's arguments. */
    record FileSource(
            @Attr("targets") List<Target> targets,
            @Attr("forward_to") List<Runnable> forwardTo,
            @Attr(value = "encoding", optional = true) String encoding) {}

    /** An action written as a string, validated on decode like Alloy's TextUnmarshaler types. */
    enum Action {
        INSERT, UPDATE, UPSERT, DELETE;

        static ValueCodec<Action> alloyCodec() {
            return new ValueCodec<>() {
                @Override
                public io.jalloy.syntax.value.ValueType alloyType() {
                    return io.jalloy.syntax.value.ValueType.STRING;
                }

                @Override
                public Action decode(Value v) throws ValueException {
                    String s = Decoder.decodeValue(v, String.class);
                    for (Action a : values()) {
                        if (a.name().equalsIgnoreCase(s)) {
                            return a;
                        }
                    }
                    throw new ValueException("unknown action " + s);
                }

                @Override
                public Value encode(Action a) {
                    return io.jalloy.syntax.value.StringValue.of(a.name().toLowerCase());
                }
            };
        }
    }

    record Header(
            @Attr("key") String key,
            @Attr(value = "value", optional = true) String value,
            @Attr(value = "action", optional = true) Action action) {}

    /** A block that may be absent, held as an Optional. */
    record WithOptionalBlock(@Block(value = "auth", optional = true) Optional<BasicAuth> auth) {}

    /** A stand-in for otelcol.auth.headers' arguments. */
    record Headers(@Block(value = "header", optional = true) List<Header> headers) {}
}
