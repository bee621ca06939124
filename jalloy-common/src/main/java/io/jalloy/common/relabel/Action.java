package io.jalloy.common.relabel;

import io.jalloy.syntax.decode.ValueCodec;
import io.jalloy.syntax.scanner.Literals;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValueType;

/** What a relabeling rule does, written in Alloy as the rule's {@code action} string. */
public enum Action {
    REPLACE("replace"),
    KEEP("keep"),
    DROP("drop"),
    KEEPEQUAL("keepequal"),
    DROPEQUAL("dropequal"),
    HASHMOD("hashmod"),
    LABELMAP("labelmap"),
    LABELDROP("labeldrop"),
    LABELKEEP("labelkeep"),
    LOWERCASE("lowercase"),
    UPPERCASE("uppercase");

    private static final ValueCodec<Action> CODEC = new ValueCodec<>() {
        @Override
        public ValueType alloyType() {
            return ValueType.STRING;
        }

        @Override
        public Action decode(Value value) throws ValueException {
            if (!(value instanceof StringValue s)) {
                throw ValueException.typeMismatch(ValueType.STRING, value);
            }
            return parse(s.value());
        }

        @Override
        public Value encode(Action value) {
            return new StringValue(value.text);
        }
    };

    private final String text;

    Action(String text) {
        this.text = text;
    }

    /** The name in Alloy configuration, such as {@code labeldrop}. */
    public String text() {
        return text;
    }

    /** The action named {@code text}, failing with Alloy's message for an unknown one. */
    public static Action parse(String text) throws ValueException {
        for (Action a : values()) {
            if (a.text.equals(text)) {
                return a;
            }
        }
        throw new ValueException("unrecognized action type " + Literals.quote(text));
    }

    /** How the decoder reads and writes actions (found by reflection). */
    public static ValueCodec<Action> alloyCodec() {
        return CODEC;
    }

    @Override
    public String toString() {
        return text;
    }
}
