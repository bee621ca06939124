package io.jalloy.local.file;

import io.jalloy.syntax.decode.ValueCodec;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValueType;

/** How {@code local.file} notices changes: file-system events ({@code fsnotify}) or polling. */
public enum Detector {
    /** File-system events, with a poll every {@code poll_frequency} as a safety net. */
    FSNOTIFY("fsnotify"),
    /** A re-read every {@code poll_frequency}. */
    POLL("poll");

    private final String text;

    Detector(String text) {
        this.text = text;
    }

    /** The name in Alloy source. */
    public String text() {
        return text;
    }

    /** The detector named {@code text}; an empty name means the default, fsnotify. */
    public static Detector parse(String text) throws ValueException {
        return switch (text) {
            case "", "fsnotify" -> FSNOTIFY;
            case "poll" -> POLL;
            default -> throw new ValueException(
                    "unrecognized detector \"" + text + "\", expected fsnotify or poll");
        };
    }

    /** Decodes the {@code detector} attribute from a string, as Alloy's text unmarshalling does. */
    public static ValueCodec<Detector> alloyCodec() {
        return new ValueCodec<>() {
            @Override
            public ValueType alloyType() {
                return ValueType.STRING;
            }

            @Override
            public Detector decode(Value value) throws ValueException {
                if (value instanceof StringValue s) {
                    return parse(s.value());
                }
                throw ValueException.typeMismatch(ValueType.STRING, value);
            }

            @Override
            public Value encode(Detector detector) {
                return new StringValue(detector.text);
            }
        };
    }
}
