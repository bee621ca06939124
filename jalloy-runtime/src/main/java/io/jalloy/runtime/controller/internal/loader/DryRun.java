package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.component.ComponentProvider;
import io.jalloy.component.NoExports;
import io.jalloy.component.StabilityException;
import io.jalloy.runtime.controller.ZeroExports;
import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.runtime.controller.internal.dag.Graph;
import io.jalloy.runtime.controller.internal.dag.TopologicalOrder;
import io.jalloy.runtime.registry.UnknownComponentException;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.diag.Severity;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Evaluates a config the way a load would, without creating, updating or stopping anything: every
 * component's block is decoded into its arguments record (so {@code validate()} runs) against the
 * current exports of the components that keep their ids and the zero exports of new ones; custom
 * components and foreach bodies are built and evaluated the same way, with the libraries of
 * {@code import.string} and {@code import.file} read afresh (other imports use what they last read,
 * or are not looked into before they first load). Errors of blocks that read new components'
 * exports (transitively) are not reported: zero exports are only a stand-in for what a new
 * component publishes when created, so such errors may not happen; the load reports them if they
 * do. Runs under the controller's lock; reads running nodes but never writes them.
 */
final class DryRun {
    /** Deeper than any sensible config; stops a module that instantiates itself through an import. */
    private static final int MAX_DEPTH = 64;

    private final LoaderContext ctx;
    private final GraphLoader owner;
    private final List<Diagnostic> diags = new ArrayList<>();

    private DryRun(LoaderContext ctx, GraphLoader owner) {
        this.ctx = ctx;
        this.owner = owner;
    }

    /** The problems loading {@code blocks} into {@code owner} (whose nodes are {@code previous}) would report. */
    static List<Diagnostic> check(LoaderContext ctx, GraphLoader owner, ModuleScope scope, Library library,
                                  Map<String, LoaderNode> previous, List<SourceBlock> blocks, Map<String, Value> variables) {
        DryRun run = new DryRun(ctx, owner);
        run.module(scope, library, previous, blocks, variables, false, 0);
        return List.copyOf(run.diags);
    }

    /** A module's exports as the dry run sees them; provisional when they derive from new components' zero exports. */
    private record Exports(ObjectValue value, boolean provisional) {}

    /**
     * Checks one module's blocks; returns its exports (export blocks' values), null when it does not
     * build. With {@code provisionalArguments}, what reads {@code argument.*} is provisional too.
     */
    private Exports module(ModuleScope scope, Library library, Map<String, LoaderNode> previous, List<SourceBlock> blocks,
                           Map<String, Value> variables, boolean provisionalArguments, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        ExportsCache cache = new ExportsCache(ctx.stdlib());
        cache.setInherited(variables);
        GraphBuilder builder = new GraphBuilder(ctx, ctx.globalsFor(owner, scope.controllerId(), ctx.metrics()), scope, library,
                previous, () -> library).dryRun();
        LoadedGraph loaded = builder.build(blocks, cache.globals());
        diags.addAll(loaded.diagnostics());
        if (loaded.hasErrors()) {
            return null;
        }
        Graph<LoaderNode> graph = loaded.graph();
        Map<String, SourceBlock> declares = new LinkedHashMap<>(library.declares());
        declares.putAll(builder.ownDeclares());
        Map<String, Supplier<Library>> namespaces = new LinkedHashMap<>(library.namespaces());
        Map<String, Value> exports = new LinkedHashMap<>();
        boolean provisionalExports = false;
        // Values that may differ once the swap runs: new components' zero exports (a new component usually
        // publishes on creation) and whatever reads them. Errors evaluating those are left for the load.
        Set<String> provisional = new HashSet<>();
        Set<String> unknownNamespaces = new HashSet<>();
        if (provisionalArguments) {
            graph.ids().stream().filter(id -> id.startsWith("argument.")).forEach(provisional::add);
        }
        for (String id : TopologicalOrder.of(graph)) {
            boolean reads = !Collections.disjoint(graph.dependencies(id), provisional);
            int mark = diags.size();
            switch (graph.get(id)) {
                case ComponentNode c -> {
                    component(c, cache);
                    if (reads || c.managed() == null) {
                        provisional.add(id);
                    }
                }
                case ExportNode e -> {
                    diags.addAll(e.evaluate(cache.scope()));
                    exports.put(e.block().label(), e.value());
                    provisionalExports |= reads;
                }
                case ImportNode i -> {
                    Library lib = reads ? null : importedLibrary(i, cache.scope());
                    if (lib == null) {
                        // Its content is not known before the swap: custom components from it are not checked.
                        provisional.add(id);
                        unknownNamespaces.add(i.block().label());
                    }
                    Library known = lib;
                    namespaces.put(i.block().label(), lib == null ? i::library : () -> known);
                }
                case ModuleNode m -> {
                    String name = m.block().name();
                    boolean fromUnknown = name.contains(".") && unknownNamespaces.contains(name.substring(0, name.indexOf('.')));
                    Exports value = fromUnknown ? null
                            : custom(m, scope, new Library(declares, namespaces, library.modulePath()), cache, reads, depth);
                    cache.put(id, value == null ? m.exports() : value.value());
                    if (value == null || value.provisional()) {
                        provisional.add(id);
                    }
                    continue; // custom drops its own provisional errors, keeping those of the module's body
                }
                case ForeachNode f -> {
                    if (reads) {
                        continue; // its collection or body reads provisional values: the load evaluates it
                    }
                    foreach(f, scope, new Library(declares, namespaces, library.modulePath()), cache, depth);
                    continue;
                }
                case ConfigNode c -> { }
            }
            if (reads) {
                diags.subList(mark, diags.size()).clear();
            }
        }
        return new Exports(new ObjectValue(exports), provisionalExports);
    }

    private void component(ComponentNode c, ExportsCache cache) {
        SourceBlock b = c.block();
        ComponentProvider<?, ?> provider;
        try {
            provider = c.managed() != null ? c.managed().provider() : ctx.registry().require(b.name(), ctx.minStability());
        } catch (UnknownComponentException | StabilityException e) {
            diags.add(b.errorOnName(b.name().length(), e.getMessage()));
            return;
        }
        try {
            new Decoder(new Evaluator(b.file())).decodeBody(b.body(), b.block(), provider.argumentsType(), cache.scope());
        } catch (Diagnostics d) {
            diags.addAll(d.list());
        } catch (RuntimeException e) {
            diags.add(b.errorOnBlock("Failed to build component: " + e.getMessage()));
        }
        Value exports;
        if (c.managed() != null) {
            exports = NodeEvaluation.exportsOf(c.managed());
        } else if (provider.exportsType() == NoExports.class) {
            exports = ObjectValue.EMPTY;
        } else {
            exports = ZeroExports.of(provider.exportsType());
        }
        cache.put(c.id(), exports);
    }

    /**
     * The library an import gives now; a running import's last one when it cannot be read without
     * side effects; null when unknown (the load reads it and reports its errors).
     */
    private Library importedLibrary(ImportNode i, Scope scope) {
        String name = i.block().name();
        if (!name.equals("import.string") && !name.equals("import.file")) {
            return i.fingerprint() == null ? null : i.library();
        }
        List<Diagnostic> found = new ArrayList<>();
        ImportEvaluation.Read read;
        try {
            read = ImportEvaluation.read(i.block(), scope, ctx, found);
        } catch (RuntimeException e) {
            return null;
        }
        diags.addAll(found);
        return read == null ? null : read.library();
    }

    /** Checks a custom component; returns the exports it would have, null when they cannot be known. */
    private Exports custom(ModuleNode m, ModuleScope scope, Library visible, ExportsCache cache, boolean reads, int depth) {
        SourceBlock b = m.block();
        ObjectValue given;
        try {
            given = new Evaluator(b.file()).evaluateBody(b.body(), cache.scope());
        } catch (Diagnostics d) {
            if (!reads) {
                diags.addAll(d.list());
            }
            return null;
        }
        Library.Resolved resolved = visible.resolve(b.name());
        if (resolved == null || resolved.declare() == null) {
            // An import read with side effects (import.http, import.git) that has not loaded yet; the load reports the rest.
            return null;
        }
        List<Diagnostic> found = new ArrayList<>();
        Map<String, Value> args = ModuleArguments.resolve(given, resolved.declare(), ctx.stdlib(), found);
        diags.addAll(found);
        if (found.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            return null;
        }
        Map<String, Value> vars = new LinkedHashMap<>();
        vars.put("module_path", new StringValue(resolved.scope().modulePath()));
        Map<String, Value> argumentObject = new LinkedHashMap<>();
        args.forEach((k, v) -> argumentObject.put(k, new ObjectValue(Map.of("value", v))));
        vars.put("argument", new ObjectValue(argumentObject));
        Map<String, LoaderNode> kept = m.module() == null ? Map.of() : m.module().nodes();
        return module(ModuleScope.child(owner, scope, m.id()), resolved.scope(), kept,
                ModuleEvaluation.body(resolved.declare()), vars, reads, depth + 1);
    }

    private void foreach(ForeachNode f, ModuleScope scope, Library visible, ExportsCache cache, int depth) {
        SourceBlock b = f.block();
        if (f.template() == null) {
            return; // reported by the load, as before
        }
        ForeachArguments args;
        try {
            args = new Decoder(new Evaluator(b.file())).decodeBody(f.argumentsBody(), b.block(), ForeachArguments.class,
                    cache.scope());
        } catch (Diagnostics d) {
            diags.addAll(d.list());
            return;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Value item : args.collection()) {
            String base = ForeachIds.fingerprint(ForeachIds.identity(item, args.id()), args.hashStringId());
            String key = base + "_" + counts.merge(base, 1, Integer::sum);
            GraphLoader child = f.children().get(key);
            Map<String, Value> vars = new LinkedHashMap<>(cache.variables());
            vars.put(args.var(), item);
            module(ModuleScope.child(owner, scope, f.id() + "/" + key), visible, child == null ? Map.of() : child.nodes(),
                    ForeachEvaluation.body(f.template(), b), vars, false, depth + 1);
        }
    }
}
