package io.jalloy.common.relabel;

import io.jalloy.syntax.decode.ValueCodec;
import io.jalloy.syntax.scanner.Literals;
import io.jalloy.syntax.value.ValueException;

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

    private static final ValueCodec<Action> CODEC = new StringCodec<>(Action::parse, Action::text);

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
