package io.jalloy.runtime.componenttest;

import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ComponentRequest;
import io.jalloy.component.ComponentResponse;
import io.jalloy.component.Health;
import io.jalloy.component.Stability;
import io.jalloy.runtime.metrics.ComponentMetrics;
import io.jalloy.runtime.node.BuiltinNode;
import io.jalloy.runtime.node.NodeEvaluationException;
import io.jalloy.runtime.node.NodeGlobals;
import io.jalloy.runtime.registry.ComponentRegistry;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.stdlib.Stdlib;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Runs one component under test (Alloy's {@code componenttest.Controller}), with a temporary data
 * directory, a private metrics registry and the experimental stability level. Use it in
 * try-with-resources: {@link #close} stops the component and deletes its data.
 *
 * <p>Threads: the component runs on its own virtual thread; exports arrive on whichever thread
 * publishes them and wake waiters through this object's monitor.
 *
 * @param <A> the arguments record
 * @param <E> the exports record
 */
public final class ComponentTestController<A extends Record, E extends Record> implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final ComponentProvider<A, E> provider;
    private final Path dataRoot;
    private final ComponentMetrics metrics = new ComponentMetrics();
    private final BuiltinNode<A, E> node;
    private long exportsVersion; // guarded by this
    private long seenVersion; // guarded by this

    private ComponentTestController(ComponentProvider<A, E> provider, Clock clock) {
        this.provider = provider;
        try {
            this.dataRoot = Files.createTempDirectory("jalloy-componenttest-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NodeGlobals globals = new NodeGlobals(dataRoot, clock, Stability.EXPERIMENTAL, metrics, "", n -> exportsChanged());
        this.node = new BuiltinNode<>(globals, provider, provider.name() + ".test", "test");
    }

    /** A controller for the registered component {@code name}, typed by its records. */
    public static <A extends Record, E extends Record> ComponentTestController<A, E> forName(
            String name, Class<A> argumentsType, Class<E> exportsType) {
        ComponentProvider<?, ?> p = ComponentRegistry.load().get(name)
                .orElseThrow(() -> new IllegalArgumentException("no such component \"" + name + "\""));
        if (p.argumentsType() != argumentsType || p.exportsType() != exportsType) {
            throw new IllegalArgumentException("component " + name + " uses " + p.argumentsType().getName()
                    + " and " + p.exportsType().getName());
        }
        @SuppressWarnings("unchecked")
        ComponentProvider<A, E> typed = (ComponentProvider<A, E>) p;
        return of(typed);
    }

    /** A controller for a provider that need not be registered (fakes, for instance). */
    public static <A extends Record, E extends Record> ComponentTestController<A, E> of(ComponentProvider<A, E> provider) {
        return new ComponentTestController<>(provider, Clock.systemUTC());
    }

    /** As {@link #of(ComponentProvider)}, with a chosen clock. */
    public static <A extends Record, E extends Record> ComponentTestController<A, E> of(
            ComponentProvider<A, E> provider, Clock clock) {
        return new ComponentTestController<>(provider, clock);
    }

    /** Builds the component from {@code args} and starts running it; fails when building fails. */
    public ComponentTestController<A, E> start(A args) throws NodeEvaluationException {
        node.evaluate(args);
        node.start();
        return this;
    }

    /**
     * Builds and starts the component from Alloy text, the body of its block (for example
     * {@code filename = "/tmp/a"}), decoded as the runtime decodes a config file, with the
     * standard library in scope. Decoding problems are thrown with positions in {@code test.alloy}.
     */
    public ComponentTestController<A, E> start(String alloyBody) throws Diagnostics, NodeEvaluationException {
        return start(parseArguments(alloyBody));
    }

    /** The arguments record for a block body written in Alloy, as {@link #start(String)} decodes it. */
    public A parseArguments(String alloyBody) throws Diagnostics {
        SourceFile src = SourceFile.of("test.alloy", provider.name() + " \"test\" {\n" + alloyBody + "\n}\n");
        BlockStmt block = (BlockStmt) Parser.parseFile(src).body().getFirst();
        return new Decoder(new Evaluator(src)).decodeBody(block.body(), block, provider.argumentsType(),
                Scope.root(Stdlib.globals()));
    }

    /** Gives the running component new arguments; fails with the runtime's message when it rejects them. */
    public void update(A args) throws NodeEvaluationException {
        node.evaluate(args);
    }

    /** Waits for exports published after the last wait (or since start), and returns them. */
    public E waitExports(Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (exportsVersion == seenVersion) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException("timed out waiting for exports");
                }
                Duration wait = Duration.ofNanos(left);
                wait(Math.max(1, wait.toMillis()));
            }
            seenVersion = exportsVersion;
        }
        return node.exports();
    }

    /** Waits until the current exports satisfy {@code condition}, and returns them. */
    public E waitExports(Predicate<E> condition, Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (true) {
                E current = node.exports();
                if (current != null && condition.test(current)) {
                    seenVersion = exportsVersion;
                    return current;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException("timed out waiting for exports matching the condition; last: " + current);
                }
                wait(Math.max(1, Duration.ofNanos(left).toMillis()));
            }
        }
    }

    /** Polls the component's health until {@code condition} holds, and returns it. */
    public Health waitHealth(Predicate<Health> condition, Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Health h = node.currentHealth();
            if (condition.test(h)) {
                return h;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("timed out waiting for health; last: " + h);
            }
            Thread.sleep(5);
        }
    }

    /** The latest exports, null if none were published. */
    public E exports() {
        return node.exports();
    }

    /** The component's current health, as the runtime reports it. */
    public Health health() {
        return node.currentHealth();
    }

    /** The component's own metrics registry. */
    public PrometheusRegistry metrics() {
        return node.options().metrics();
    }

    /** The component's data directory. */
    public Path dataPath() {
        return node.options().dataPath();
    }

    /** The id the component runs under: {@code <name>.test}. */
    public String id() {
        return node.globalId();
    }

    /** Calls the component's HTTP handler directly with a GET of {@code path}; 404 when it registered none. */
    public ComponentResponse get(String path) throws Exception {
        var handler = node.info().handler();
        if (handler == null) {
            return ComponentResponse.text(404, "");
        }
        return handler.handle(new ComponentRequest("GET", path, "", Map.of(), new byte[0]));
    }

    /** The node, for tests of the runtime itself. */
    public BuiltinNode<A, E> node() {
        return node;
    }

    /** Stops the component (waiting up to 5 s) and deletes its data directory. */
    @Override
    public void close() throws InterruptedException {
        boolean stopped = node.stop(STOP_TIMEOUT);
        node.close();
        deleteTree(dataRoot);
        if (!stopped) {
            throw new IllegalStateException("component " + provider.name() + " did not stop within " + STOP_TIMEOUT);
        }
    }

    private synchronized void exportsChanged() {
        exportsVersion++;
        notifyAll();
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp directory left behind does not fail the test
        }
    }
}
