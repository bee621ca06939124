package io.jalloy.runtime.controller;

import io.jalloy.runtime.ComponentInfo;
import io.jalloy.runtime.ComponentInfoProvider;
import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.runtime.controller.internal.loader.ComponentNode;
import io.jalloy.runtime.controller.internal.loader.GraphLoader;
import io.jalloy.runtime.controller.internal.loader.LoaderContext;
import io.jalloy.runtime.controller.internal.loader.TopLevel;
import io.jalloy.runtime.node.BuiltinNode;
import io.jalloy.runtime.node.NodeDirectory;
import io.jalloy.syntax.ast.File;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.parser.ParseResult;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.stdlib.Stdlib;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.vm.Scope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs a config ({@code alloy run}): {@link #load} parses it, builds and evaluates its graph and
 * starts its components; afterwards, when a component publishes new exports, the components that
 * reference it are re-evaluated on the controller's own virtual thread.
 *
 * <p>Threads: {@code load} and {@code close} come from the caller (the CLI or a reload request);
 * components publish from their own threads, which only queue ids; every evaluation happens under
 * one lock, so the graph is never evaluated concurrently. The {@link ComponentInfoProvider} methods
 * come from HTTP threads and read a {@link NodeDirectory} synced after each load and evaluation
 * pass, never waiting for the lock.
 */
public final class Controller implements ComponentInfoProvider, AutoCloseable {
    /** A node whose value changed, queued for the evaluation thread; a null loader stops the thread. */
    private record Change(GraphLoader loader, String id) {}

    private static final Change STOP = new Change(null, "");

    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedBlockingQueue<Change> changed = new LinkedBlockingQueue<>();
    private final GraphLoader loader;
    private final Thread evaluator;
    /** What HTTP threads read: every module's components, synced after each load and evaluation pass. */
    private final NodeDirectory directory = new NodeDirectory();
    /** Module id and local id of each component in {@link #directory}; guarded by {@link #lock}. */
    private Set<List<String>> listed = Set.of();

    public Controller(ControllerOptions options) {
        LoaderContext ctx = new LoaderContext(options.registry(), options.dataRoot(), options.clock(),
                options.minStability(), options.metrics(), options.services(), Scope.root(Stdlib.globals(options.env())),
                (loader, id) -> changed.add(new Change(loader, id)), options.workingDirectory(),
                options.communityComponents());
        this.loader = GraphLoader.root(ctx);
        this.evaluator = Thread.ofVirtual().name("controller evaluation").start(this::evaluateChanges);
    }

    /**
     * Loads {@code source}, replacing what runs. Returns every diagnostic; when any is an error from
     * parsing or building the graph, nothing changed. Errors evaluating single components leave
     * them unhealthy while the rest runs, as in Alloy.
     */
    public Diagnostics load(Source source) {
        List<File> files = new ArrayList<>();
        List<Diagnostic> parseErrors = new ArrayList<>();
        for (SourceFile sf : source.files()) {
            ParseResult r = Parser.parse(sf);
            if (r.diagnostics().hasErrors()) {
                parseErrors.addAll(r.diagnostics().list());
            } else {
                files.add(r.file());
            }
        }
        if (!parseErrors.isEmpty()) {
            return new Diagnostics(parseErrors);
        }
        List<SourceBlock> blocks = TopLevel.blocks(files, parseErrors);
        if (!parseErrors.isEmpty()) {
            return new Diagnostics(parseErrors);
        }
        lock.lock();
        try {
            loader.setModulePath(source.modulePath());
            Diagnostics diags = new Diagnostics(loader.apply(blocks));
            syncDirectory();
            return diags;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<ComponentInfo> listComponents(String moduleId) {
        return directory.listComponents(moduleId);
    }

    @Override
    public Optional<ComponentInfo> component(String moduleId, String localId) {
        return directory.component(moduleId, localId);
    }

    @Override
    public List<ComponentInfo> allComponents() {
        return directory.allComponents();
    }

    /** Puts every running component (modules' too) in the directory and drops those that left. */
    private void syncDirectory() {
        Set<List<String>> now = new HashSet<>();
        loader.visitComponents((node, to, by) -> {
            directory.put(node.managed(), to, by);
            now.add(List.of(node.managed().info().moduleId(), node.id()));
        });
        for (List<String> old : listed) {
            if (!now.contains(old)) {
                directory.remove(old.get(0), old.get(1));
            }
        }
        listed = now;
    }

    /** Stops every component and the evaluation thread. */
    @Override
    public void close() {
        changed.add(STOP);
        lock.lock();
        try {
            loader.close();
            syncDirectory();
        } finally {
            lock.unlock();
        }
        try {
            evaluator.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The evaluation loop: batches queued ids so a burst of publications costs one pass. */
    private void evaluateChanges() {
        List<Change> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(changed.take());
            } catch (InterruptedException e) {
                return;
            }
            changed.drainTo(batch);
            if (batch.contains(STOP)) {
                return;
            }
            Map<GraphLoader, List<String>> byLoader = new LinkedHashMap<>();
            for (Change c : batch) {
                byLoader.computeIfAbsent(c.loader(), k -> new ArrayList<>()).add(c.id());
            }
            lock.lock();
            try {
                byLoader.forEach(GraphLoader::evaluateDependants);
                syncDirectory();
            } catch (RuntimeException e) {
                System.getLogger(Controller.class.getName()).log(System.Logger.Level.ERROR, "evaluation failed", e);
            } finally {
                lock.unlock();
            }
            batch.clear();
        }
    }

    /** For tests: the managed node of a loaded component. */
    Optional<BuiltinNode<?, ?>> node(String id) {
        lock.lock();
        try {
            return loader.components().stream().filter(c -> c.id().equals(id))
                    .<BuiltinNode<?, ?>>map(ComponentNode::managed).findFirst();
        } finally {
            lock.unlock();
        }
    }
}
