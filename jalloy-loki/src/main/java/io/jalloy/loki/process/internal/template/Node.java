package io.jalloy.loki.process.internal.template;

import java.util.List;

/** The parsed form of a template: text, actions and control structures. */
sealed interface Node {
    record Text(String text) implements Node {}

    record Action(Pipeline pipe) implements Node {}

    /** {@code if}, {@code with} and {@code range}: a pipeline, a body and an optional else body. */
    record Control(String kind, Pipeline pipe, List<Node> body, List<Node> elseBody) implements Node {}

    /** Commands joined by {@code |}; each command's result becomes the next one's last argument. */
    record Pipeline(String declare, List<List<Operand>> commands) {}

    sealed interface Operand {}

    /** {@code .}, {@code .a.b}, or {@code $x.a} when {@code variable} is set. */
    record Field(String variable, List<String> path) implements Operand {}

    record Literal(Object value) implements Operand {}

    record Function(String name) implements Operand {}

    record Sub(Pipeline pipe) implements Operand {}
}
