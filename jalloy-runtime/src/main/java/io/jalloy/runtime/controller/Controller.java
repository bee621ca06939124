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
 * Runs a config ({@code alloy run}): {@link #load} (or {@link #prepare} then {@link #commit}) parses
 * it, builds and evaluates its graph and starts its components; a reload is evaluated whole before
 * anything is swapped, so a config with errors leaves what runs untouched; afterwards, when a component publishes new exports, the components that
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
    private record Change(GraphLoader loader, String id, long queuedAt) {}

    private static final Change STOP = new Change(null, "", 0);

    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedBlockingQueue<Change> changed = new LinkedBlockingQueue<>();
    private final GraphLoader loader;
    private final Thread evaluator;
    /** What HTTP threads read: every module's components, synced after each load and evaluation pass. */
    private final NodeDirectory directory = new NodeDirectory();
    /** Module id and local id of each component in {@link #directory}; guarded by {@link #lock}. */
    private Set<List<String>> listed = Set.of();
    /** How many loads were applied; guarded by {@link #lock}. A prepared config from an older one is checked again. */
    private long generation;

    public Controller(ControllerOptions options) {
        LoaderContext ctx = new LoaderContext(options.registry(), options.dataRoot(), options.clock(),
                options.minStability(), options.metrics(), options.services(), Scope.root(Stdlib.globals(options.env())),
                (loader, id) -> changed.add(new Change(loader, id, System.nanoTime())), options.workingDirectory(),
                options.communityComponents());
        this.loader = GraphLoader.root(ctx);
        this.evaluator = Thread.ofVirtual().name("controller evaluation").start(this::evaluateChanges);
    }

    /**
     * Loads {@code source}, replacing what runs, and returns every diagnostic.
     *
     * <p>A reload (something runs already) is {@link #prepare} then {@link #commit}: all or nothing.
     * The first load keeps Alloy's behaviour: errors from parsing or building the graph refuse it,
     * errors evaluating single components leave them unhealthy while the rest runs.
     */
    public Diagnostics load(Source source) {
        List<Diagnostic> errors = new ArrayList<>();
        List<SourceBlock> blocks = parse(source, errors);
        if (blocks == null) {
            return new Diagnostics(errors);
        }
        lock.lock();
        try {
            if (loader.isEmpty()) {
                return apply(blocks, source.modulePath());
            }
            PreparedConfig prepared = check(blocks, source.modulePath());
            return prepared.hasErrors() ? prepared.diagnostics() : apply(blocks, source.modulePath());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Parses, builds and evaluates {@code source} without changing anything that runs: every
     * component's arguments are decoded and validated against the current exports of components
     * that keep their ids and zero exports for new ones; custom components, foreach bodies and the
     * content of {@code import.string} and {@code import.file} are checked the same way
     * ({@code import.http} and {@code import.git} content is the last one read, unchecked before it
     * first loads, since reading it has effects).
     */
    public PreparedConfig prepare(Source source) {
        List<Diagnostic> errors = new ArrayList<>();
        List<SourceBlock> blocks = parse(source, errors);
        if (blocks == null) {
            return new PreparedConfig(null, source.modulePath(), new Diagnostics(errors), -1);
        }
        lock.lock();
        try {
            return check(blocks, source.modulePath());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Applies a config {@link #prepare} found no errors in: creates, updates and removes components.
     * When another load came in between it is checked again first (and refused, nothing changed,
     * on errors). A component whose {@code create} or {@code update} throws now cannot be foreseen:
     * as in Alloy it is left unhealthy while the rest runs, and its error is returned.
     *
     * @throws IllegalArgumentException when {@code prepared} has errors
     */
    public Diagnostics commit(PreparedConfig prepared) {
        if (prepared.hasErrors()) {
            throw new IllegalArgumentException("a config with errors cannot be committed");
        }
        lock.lock();
        try {
            if (prepared.generation() != generation) {
                PreparedConfig again = check(prepared.blocks(), prepared.modulePath());
                if (again.hasErrors()) {
                    return again.diagnostics();
                }
            }
            return apply(prepared.blocks(), prepared.modulePath());
        } finally {
            lock.unlock();
        }
    }

    /** The top-level blocks of {@code source}; null, with {@code errors} filled, when it does not parse. */
    private static List<SourceBlock> parse(Source source, List<Diagnostic> errors) {
        List<File> files = new ArrayList<>();
        for (SourceFile sf : source.files()) {
            ParseResult r = Parser.parse(sf);
            if (r.diagnostics().hasErrors()) {
                errors.addAll(r.diagnostics().list());
            } else {
                files.add(r.file());
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        List<SourceBlock> blocks = TopLevel.blocks(files, errors);
        return errors.isEmpty() ? blocks : null;
    }

    /** A dry run of {@code blocks} against what runs now; call under the lock. */
    private PreparedConfig check(List<SourceBlock> blocks, String modulePath) {
        return new PreparedConfig(blocks, modulePath, new Diagnostics(loader.check(blocks, modulePath)), generation);
    }

    /** Swaps the graph; call under the lock. */
    private Diagnostics apply(List<SourceBlock> blocks, String modulePath) {
        loader.setModulePath(modulePath);
        Diagnostics diags = new Diagnostics(loader.apply(blocks));
        generation++;
        syncDirectory();
        return diags;
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
            long now = System.nanoTime();
            for (Change c : batch) {
                c.loader().dependencyWaited(now - c.queuedAt());
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
