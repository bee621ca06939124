package io.jalloy.runtime.controller.internal.check;

import io.jalloy.runtime.controller.BlockSchema;
import io.jalloy.component.Stability;
import io.jalloy.runtime.controller.ValueSpec;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.LiteralExpr;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.token.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sorts the blocks of one level into graph nodes, recording the structural errors (labels,
 * duplicates, misplaced blocks) on them. Declares go first since they define components that
 * the rest of the level may use; nested modules and templates become states of their own.
 */
final class StateBuilder {
    private final Map<String, Optional<BlockSchema>> services;
    private final Stability minStability;

    StateBuilder(Map<String, Optional<BlockSchema>> services, Stability minStability) {
        this.services = services;
        this.minStability = minStability;
    }

    /** Fills {@code s}'s graph from its sorted blocks. */
    State build(State s) {
        declares(s);
        configs(s);
        components(s);
        services(s);
        return s;
    }

    /** Splits a body written in {@code file} into the lists of {@code s}; attributes are errors. */
    void sort(List<Diagnostic> errors, SourceFile file, List<Stmt> body, State s) {
        for (Stmt stmt : body) {
            if (!(stmt instanceof BlockStmt b)) {
                errors.add(Diagnostic.error(file.position(stmt.start()), file.position(stmt.end() - 1),
                        "unsupported statement type *ast.AttributeStmt"));
                continue;
            }
            SourceBlock sb = new SourceBlock(b, file);
            String name = b.fullName();
            if (ConfigBlocks.NAMES.contains(name)) {
                s.configs.add(sb);
            } else if (name.equals("declare")) {
                s.declares.add(sb);
            } else if (services.containsKey(sb.id())) {
                s.services.add(sb);
            } else {
                s.components.add(sb);
            }
        }
    }

    private void declares(State s) {
        Map<String, SourceBlock> seen = new HashMap<>();
        for (int i = 0; i < s.declares.size(); i++) {
            SourceBlock d = s.declares.get(i);
            Node node = new Node(Node.Kind.MODULE, d.withBody(List.of()));
            if (d.label() == null) {
                node.diags.add(d.errorOnName(d.name().length(), "declare block must have a label"));
            }
            Diagnostic dup = BlockRules.alreadyDefined(seen, d);
            if (dup != null) {
                node.diags.add(dup);
                node.id = node.id + "-" + i;
            }
            Scope scope = s.scope.child();
            State module = new State(false, false, scope, s.registry.child(), null);
            sort(node.diags, d.file(), d.block().body(), module);
            node.inner = build(module);
            s.add(node);
            if (d.label() != null) {
                scope.define("argument");
                s.registry.registerCustom(d.label(), argumentsSchema(module.arguments));
            }
        }
    }

    private void configs(State s) {
        Map<String, SourceBlock> seen = new HashMap<>();
        for (int i = 0; i < s.configs.size(); i++) {
            SourceBlock c = s.configs.get(i);
            Node node = new Node(Node.Kind.CONFIG, c);
            Diagnostic dup = BlockRules.alreadyDefined(seen, c);
            boolean register = dup == null;
            if (dup != null) {
                node.diags.add(dup);
                node.id = node.id + "-" + i;
            }
            switch (c.name()) {
                case "logging", "tracing" -> {
                    node.schema = c.name().equals("logging") ? ConfigBlocks.LOGGING : ConfigBlocks.TRACING;
                    addIfPresent(node, BlockRules.disallowed(s, c));
                    s.add(node);
                }
                case "foreach" -> foreach(node, s);
                case "argument" -> {
                    node.schema = ConfigBlocks.ARGUMENT;
                    if (s.root) {
                        node.diags.add(c.errorOnBlock("argument blocks only allowed inside a module"));
                    }
                    Diagnostic label = BlockRules.missingLabel(c);
                    if (label != null) {
                        node.diags.add(label);
                    } else if (register) {
                        s.arguments.add(c);
                    }
                    s.add(node);
                }
                case "export" -> {
                    node.schema = ConfigBlocks.EXPORT;
                    if (s.root) {
                        node.diags.add(c.errorOnBlock("export blocks only allowed inside a module"));
                    }
                    addIfPresent(node, BlockRules.missingLabel(c));
                    s.add(node);
                }
                default -> importBlock(node, register, s);
            }
        }
    }

    private void importBlock(Node node, boolean register, State s) {
        Diagnostic label = BlockRules.missingLabel(node.block);
        if (label != null) {
            register = false;
            node.diags.add(label);
        }
        node.schema = ConfigBlocks.IMPORTS.get(node.block.name());
        s.add(node);
        if (register) {
            s.registry.registerCustom(node.block.label(), null);
        }
    }

    private void foreach(Node plain, State s) {
        SourceBlock f = plain.block;
        String refusal = Gate.refusal(ConfigBlocks.FOREACH_STABILITY, minStability, "foreach block \"" + f.name() + "\"");
        if (refusal != null) {
            plain.diags.add(f.errorOnName(f.name().length(), refusal));
        }
        addIfPresent(plain, BlockRules.missingLabel(f));
        List<Stmt> body = new ArrayList<>();
        BlockStmt template = null;
        for (Stmt stmt : f.block().body()) {
            if (stmt instanceof BlockStmt b && b.fullName().equals("template")) {
                template = b;
                continue;
            }
            body.add(stmt);
        }
        Node node = new Node(template == null ? Node.Kind.CONFIG : Node.Kind.FOREACH, f.withBody(body));
        node.id = plain.id;
        node.diags.addAll(plain.diags);
        node.schema = ConfigBlocks.FOREACH;
        if (template == null) {
            node.diags.add(f.errorOnBlock("missing required block \"template\""));
            s.add(node);
            return;
        }
        Scope scope = s.scope.child();
        State inner = new State(s.root, true, scope, s.registry.child(), s);
        sort(node.diags, f.file(), template.body(), inner);
        String var = stringAttribute(body, "var");
        if (var != null) {
            scope.define(var);
        }
        node.inner = build(inner);
        s.add(node);
    }

    private void components(State s) {
        Map<String, SourceBlock> seen = new HashMap<>();
        for (int i = 0; i < s.components.size(); i++) {
            SourceBlock c = s.components.get(i);
            Node node = new Node(Node.Kind.COMPONENT, c);
            if (c.label() == null) {
                node.diags.add(c.errorOnName(c.name().length(), "component \"" + c.name() + "\" must have a label"));
            }
            Diagnostic dup = BlockRules.alreadyDefined(seen, c);
            if (dup != null) {
                node.diags.add(dup);
                node.id = node.id + "-" + i;
            }
            s.add(node);
        }
    }

    private void services(State s) {
        Map<String, SourceBlock> seen = new HashMap<>();
        for (int i = 0; i < s.services.size(); i++) {
            SourceBlock c = s.services.get(i);
            Node node = new Node(Node.Kind.CONFIG, c);
            Diagnostic dup = BlockRules.alreadyDefined(seen, c);
            if (dup != null) {
                node.diags.add(dup);
                node.id = node.id + "-" + i;
            }
            addIfPresent(node, BlockRules.disallowed(s, c));
            Optional<BlockSchema> config = services.get(c.id());
            if (config.isEmpty()) {
                node.diags.add(c.errorOnBlock("service \"" + c.id() + "\" does not support being configured"));
            } else {
                node.schema = config.get();
            }
            s.add(node);
        }
    }

    /** A declare's arguments as a component schema: each label an attribute, required unless optional. */
    private static BlockSchema argumentsSchema(List<SourceBlock> arguments) {
        BlockSchema.Builder b = BlockSchema.builder();
        for (SourceBlock a : arguments) {
            if (Boolean.TRUE.equals(boolAttribute(a.block().body(), "optional"))) {
                b.optional(a.label(), ValueSpec.ANY);
            } else {
                b.required(a.label(), ValueSpec.ANY);
            }
        }
        return b.build();
    }

    private static String stringAttribute(List<Stmt> body, String name) {
        LiteralExpr lit = literalAttribute(body, name);
        return lit != null && lit.kind() == Token.STRING ? StringLiterals.unquote(lit.value()) : null;
    }

    private static Boolean boolAttribute(List<Stmt> body, String name) {
        LiteralExpr lit = literalAttribute(body, name);
        return lit != null && lit.kind() == Token.BOOL ? Boolean.valueOf(lit.value()) : null;
    }

    private static LiteralExpr literalAttribute(List<Stmt> body, String name) {
        for (Stmt stmt : body) {
            if (stmt instanceof AttributeStmt a && a.name().name().equals(name) && a.value() instanceof LiteralExpr lit) {
                return lit;
            }
        }
        return null;
    }

    private static void addIfPresent(Node node, Diagnostic d) {
        if (d != null) {
            node.diags.add(d);
        }
    }
}
