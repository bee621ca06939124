package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.diag.Severity;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a custom component: its block's attributes become the module's arguments; the first
 * time (or when the declare changed) the module loads the declare's body, later only the module
 * nodes reading changed arguments are re-evaluated.
 */
final class ModuleEvaluation {
    private ModuleEvaluation() {}

    static List<Diagnostic> evaluate(ModuleNode node, GraphLoader owner, Scope scope, Scope stdlib) {
        SourceBlock b = node.block();
        ObjectValue given;
        try {
            given = new Evaluator(b.file()).evaluateBody(b.body(), scope);
        } catch (Diagnostics d) {
            return d.list();
        }
        Library.Resolved resolved = node.resolve();
        SourceBlock declare = resolved == null ? null : resolved.declare();
        if (declare == null) {
            String name = b.name();
            return List.of(b.errorOnBlock("Failed to build component: loading custom component controller: custom component "
                    + "config not found in the registry, namespace: \"" + b.block().name().get(0) + "\", componentName: \""
                    + name.substring(name.indexOf('.') + 1) + "\""));
        }
        List<Diagnostic> diags = new ArrayList<>();
        Map<String, Value> args = ModuleArguments.resolve(given, declare, stdlib, diags);
        if (diags.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            return diags;
        }
        if (node.module() == null) {
            node.setModule(owner.childFor(node.id(), resolved.scope()));
        }
        GraphLoader module = node.module();
        module.setLibrary(resolved.scope());
        Set<String> changed = module.setArguments(args);
        if (!node.runs(declare)) {
            diags.addAll(module.apply(body(declare)));
            if (!module.lastApplyRejected()) {
                node.loaded(declare);
            }
        } else {
            if (!changed.isEmpty()) {
                module.argumentsChanged(changed);
            }
            module.refreshModules();
        }
        return diags;
    }

    static List<SourceBlock> body(SourceBlock declare) {
        List<SourceBlock> blocks = new ArrayList<>();
        for (Stmt stmt : declare.block().body()) {
            if (stmt instanceof BlockStmt b) {
                blocks.add(new SourceBlock(b, declare.file()));
            }
        }
        return blocks;
    }
}
