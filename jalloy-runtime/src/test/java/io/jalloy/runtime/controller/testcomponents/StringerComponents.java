package io.jalloy.runtime.controller.testcomponents;

import io.jalloy.component.Component;
import io.jalloy.component.ExportSink;
import io.jalloy.component.RunContext;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * TEST-ONLY ports of Alloy's {@code testcomponents.stringer}, {@code string_receiver} and
 * {@code targets}: the stringer forwards its input rendered as Go's {@code %#v} would, which is
 * what Alloy's foreach_stringer cases expect to find in the receiver's log.
 */
public final class StringerComponents {
    private StringerComponents() {}

    /** Receives strings (Alloy's {@code StringReceiver}), a capsule. */
    public interface StringReceiver {
        void receive(String s);
    }

    record StringerArgs(
            @Attr(value = "input_string", optional = true) Value inputString,
            @Attr(value = "input_int", optional = true) Value inputInt,
            @Attr(value = "input_float", optional = true) Value inputFloat,
            @Attr(value = "input_bool", optional = true) Value inputBool,
            @Attr(value = "input_map", optional = true) Value inputMap,
            @Attr(value = "input_array", optional = true) Value inputArray,
            @Attr("forward_to") List<StringReceiver> forwardTo) {}

    record StringReceiverExports(@Attr("receiver") StringReceiver receiver) {}

    record TargetsArgs(@Attr("targets") List<Map<String, String>> targets) {}

    record TargetsExports(@Attr(value = "output", optional = true) List<Map<String, String>> output) {}

    /** Forwards each input it is given, on creation and whenever its arguments change. */
    static final class Stringer implements Component<StringerArgs> {
        private StringerArgs last;

        Stringer(StringerArgs args) {
            update(args);
        }

        @Override
        public void run(RunContext ctx) throws Exception {
            ctx.awaitCancellation();
        }

        @Override
        public synchronized void update(StringerArgs args) {
            if (args.equals(last)) {
                return;
            }
            last = args;
            for (Value v : new Value[] {args.inputString(), args.inputInt(), args.inputFloat(), args.inputBool(),
                    args.inputArray(), args.inputMap()}) {
                if (v != null && !(v instanceof NullValue) && args.forwardTo() != null) {
                    String text = goSyntax(v);
                    args.forwardTo().forEach(r -> r.receive(text));
                }
            }
        }
    }

    /** Appends what it receives to a log, one line each; the log is its debug information. */
    public static final class StringLog implements Component<AlloyTestComponents.NoArgs> {
        private final StringBuilder log = new StringBuilder();

        StringLog(ExportSink<StringReceiverExports> sink) {
            sink.publish(new StringReceiverExports(this::append));
        }

        private synchronized void append(String s) {
            log.append(s).append('\n');
        }

        /** Everything received so far. */
        public synchronized String log() {
            return log.toString();
        }

        @Override
        public void run(RunContext ctx) throws Exception {
            ctx.awaitCancellation();
        }

        @Override
        public void update(AlloyTestComponents.NoArgs args) {}
    }

    /** Exports its targets as they are. */
    static final class Targets implements Component<TargetsArgs> {
        private final ExportSink<TargetsExports> sink;

        Targets(TargetsArgs args, ExportSink<TargetsExports> sink) {
            this.sink = sink;
            update(args);
        }

        @Override
        public void run(RunContext ctx) throws Exception {
            ctx.awaitCancellation();
        }

        @Override
        public void update(TargetsArgs args) {
            sink.publish(new TargetsExports(args.targets()));
        }
    }

    /** {@code v} as Go's {@code fmt.Sprintf("%#v")} prints the Go value Alloy decodes it into. */
    static String goSyntax(Value v) {
        return switch (v) {
            case StringValue s -> quote(s.value());
            case BoolValue b -> Boolean.toString(b.value());
            case NumberValue n when n.kind() == NumberValue.Kind.FLOAT -> goFloat(n.floatValue());
            case NumberValue n -> n.toString();
            case ArrayValue a -> "[]interface {}{" + String.join(", ", a.elements().stream().map(StringerComponents::goSyntax).toList()) + "}";
            case ObjectValue o -> {
                StringBuilder sb = new StringBuilder("map[string]interface {}{");
                String sep = "";
                for (Map.Entry<String, Value> e : new TreeMap<>(o.fields()).entrySet()) {
                    sb.append(sep).append(quote(e.getKey())).append(':').append(goSyntax(e.getValue()));
                    sep = ", ";
                }
                yield sb.append('}').toString();
            }
            default -> Objects.toString(v);
        };
    }

    private static String goFloat(double d) {
        String s = Double.toString(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
