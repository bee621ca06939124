package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a foreach: decodes its arguments, then makes one child module per collection item
 * (reusing children whose id is unchanged), gives each the enclosing scope plus its item, and
 * closes the children whose items left the collection.
 */
final class ForeachEvaluation {
    private ForeachEvaluation() {}

    static List<Diagnostic> evaluate(ForeachNode node, GraphLoader owner, Scope scope, Map<String, Value> variables) {
        SourceBlock b = node.block();
        BlockStmt template = node.template();
        if (template == null) {
            return List.of(b.errorOnBlock("Failed to build component: the block template is missing in the foreach block"));
        }
        ForeachArguments args;
        try {
            args = new Decoder(new Evaluator(b.file())).decodeBody(node.argumentsBody(), b.block(),
                    ForeachArguments.class, scope);
        } catch (Diagnostics d) {
            return d.list();
        }
        List<Diagnostic> diags = new ArrayList<>();
        boolean reload = !node.templateLoaded();
        if (node.metricsEnabled() != args.enableMetrics()) {
            // Children publish where they were created: toggling enable_metrics recreates them.
            node.children().values().forEach(GraphLoader::close);
            node.children().clear();
            node.setMetricsEnabled(args.enableMetrics());
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, GraphLoader> next = new LinkedHashMap<>();
        for (Value item : args.collection()) {
            String base = ForeachIds.fingerprint(ForeachIds.identity(item, args.id()), args.hashStringId());
            String key = base + "_" + counts.merge(base, 1, Integer::sum);
            GraphLoader child = node.children().get(key);
            boolean created = child == null;
            if (created) {
                child = owner.childFor(node.id() + "/" + key, owner.visibleLibrary(), args.enableMetrics());
            }
            Map<String, Value> inherited = new LinkedHashMap<>(variables);
            inherited.put(args.var(), item);
            child.setInherited(inherited);
            if (created || reload) {
                diags.addAll(child.apply(body(template, b)));
            } else {
                child.reevaluate();
            }
            next.put(key, child);
        }
        node.children().forEach((key, child) -> {
            if (!next.containsKey(key)) {
                child.close();
            }
        });
        node.children().clear();
        node.children().putAll(next);
        node.loaded();
        return diags;
    }

    static List<SourceBlock> body(BlockStmt template, SourceBlock owner) {
        List<SourceBlock> blocks = new ArrayList<>();
        for (Stmt stmt : template.body()) {
            if (stmt instanceof BlockStmt b) {
                blocks.add(new SourceBlock(b, owner.file()));
            }
        }
        return blocks;
    }
}
