package io.jalloy.loki.process.internal.template;

import io.jalloy.loki.process.internal.template.Node.Control;
import io.jalloy.loki.process.internal.template.Node.Field;
import io.jalloy.loki.process.internal.template.Node.Function;
import io.jalloy.loki.process.internal.template.Node.Literal;
import io.jalloy.loki.process.internal.template.Node.Operand;
import io.jalloy.loki.process.internal.template.Node.Pipeline;
import io.jalloy.loki.process.internal.template.Node.Sub;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A compiled Go {@code text/template}, the subset Alloy's {@code template} and {@code replace}
 * stages use: {@code {{ .Field }}}, pipelines, {@code if/else if/else}, {@code range},
 * {@code with}, {@code $variables}, literals, Go's built-in functions, Alloy's functions and a
 * part of sprig. Data is a {@code Map<String, Object>}; a missing key prints {@code <no value>}
 * as in Go. Immutable; {@link #execute} may run on many threads.
 */
public final class Template {
    private final List<Node> nodes;

    private Template(List<Node> nodes) {
        this.nodes = nodes;
    }

    /** Parses a template; failures read like Go's ({@code template: :1: function "x" not defined}). */
    public static Template parse(String text) throws TemplateException {
        return new Template(new TemplateParser(text, Functions.ALL.keySet()).parse());
    }

    /** Whether this template is plain text, needing no execution. */
    public boolean isConstant() {
        return nodes.stream().allMatch(n -> n instanceof Node.Text);
    }

    /** Runs the template over {@code data}, appending to {@code out}. */
    public void execute(Map<String, Object> data, StringBuilder out) throws TemplateException {
        Map<String, Object> vars = new HashMap<>();
        vars.put("$", data);
        run(nodes, data, vars, out);
    }

    /** Runs the template over {@code data}. */
    public String execute(Map<String, Object> data) throws TemplateException {
        StringBuilder sb = new StringBuilder();
        execute(data, sb);
        return sb.toString();
    }

    private static void run(List<Node> nodes, Object dot, Map<String, Object> vars, StringBuilder out)
            throws TemplateException {
        for (Node n : nodes) {
            switch (n) {
                case Node.Text t -> out.append(t.text());
                case Node.Action a -> {
                    Object v = pipeline(a.pipe(), dot, vars);
                    if (a.pipe().declare() == null) {
                        out.append(GoValues.print(v));
                    }
                }
                case Control c -> control(c, dot, vars, out);
            }
        }
    }

    private static void control(Control c, Object dot, Map<String, Object> vars, StringBuilder out)
            throws TemplateException {
        Object v = pipeline(c.pipe(), dot, vars);
        switch (c.kind()) {
            case "if" -> run(GoValues.truth(v) ? c.body() : c.elseBody(), dot, vars, out);
            case "with" -> {
                if (GoValues.truth(v)) {
                    run(c.body(), v, vars, out);
                } else {
                    run(c.elseBody(), dot, vars, out);
                }
            }
            default -> {
                List<Object> items = new ArrayList<>();
                if (v instanceof List<?> l) {
                    items.addAll(l);
                } else if (v instanceof Map<?, ?> m) {
                    items.addAll(new TreeMap<>(m).values());
                } else if (v instanceof Long n) {
                    for (long i = 0; i < n; i++) {
                        items.add(i);
                    }
                } else if (v != null && v != GoValues.MISSING) {
                    throw new TemplateException("range can't iterate over " + GoValues.print(v));
                }
                if (items.isEmpty()) {
                    run(c.elseBody(), dot, vars, out);
                }
                for (Object item : items) {
                    run(c.body(), item, vars, out);
                }
            }
        }
    }

    private static Object pipeline(Pipeline p, Object dot, Map<String, Object> vars) throws TemplateException {
        Object piped = null;
        boolean hasPiped = false;
        for (List<Operand> cmd : p.commands()) {
            piped = command(cmd, dot, vars, piped, hasPiped);
            hasPiped = true;
        }
        if (p.declare() != null) {
            vars.put(p.declare(), piped);
        }
        return piped;
    }

    private static Object command(List<Operand> cmd, Object dot, Map<String, Object> vars, Object piped,
            boolean hasPiped) throws TemplateException {
        Operand head = cmd.get(0);
        if (head instanceof Function f) {
            List<Object> args = new ArrayList<>(cmd.size());
            for (int i = 1; i < cmd.size(); i++) {
                args.add(operand(cmd.get(i), dot, vars));
            }
            if (hasPiped) {
                args.add(piped);
            }
            try {
                return Functions.ALL.get(f.name()).call(args);
            } catch (TemplateException e) {
                throw new TemplateException("template: :1: error calling " + f.name() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                throw new TemplateException("template: :1: error calling " + f.name() + ": " + e.getMessage());
            }
        }
        if (cmd.size() > 1 || hasPiped) {
            throw new TemplateException("template: :1: can't give argument to non-function " + describe(head));
        }
        return operand(head, dot, vars);
    }

    private static String describe(Operand o) {
        return switch (o) {
            case Field f -> (f.variable() == null ? "" : f.variable()) + "." + String.join(".", f.path());
            case Literal l -> GoValues.print(l.value());
            default -> o.toString();
        };
    }

    private static Object operand(Operand o, Object dot, Map<String, Object> vars) throws TemplateException {
        return switch (o) {
            case Literal l -> l.value();
            case Sub s -> pipeline(s.pipe(), dot, vars);
            case Function f -> command(List.of(f), dot, vars, null, false);
            case Field f -> {
                Object cur;
                if (f.variable() != null) {
                    if (!vars.containsKey(f.variable())) {
                        throw new TemplateException("template: :1: undefined variable: " + f.variable());
                    }
                    cur = vars.get(f.variable());
                } else {
                    cur = dot;
                }
                for (String name : f.path()) {
                    if (cur instanceof Map<?, ?> m) {
                        cur = m.containsKey(name) ? m.get(name) : GoValues.MISSING;
                    } else {
                        throw new TemplateException("template: :1: can't evaluate field " + name + " in type "
                                + GoValues.typeName(cur));
                    }
                }
                yield cur;
            }
        };
    }
}
