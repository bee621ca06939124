package io.jalloy.runtime.node;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.Health;
import io.jalloy.component.HealthReporter;
import io.jalloy.component.HealthState;
import io.jalloy.runtime.ComponentInfo;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.vm.Scope;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One managed component (Alloy's {@code BuiltinComponentNode}): builds it on the first
 * {@link #evaluate}, updates it on later ones, runs it on its own virtual thread, and keeps its
 * arguments, exports and health.
 *
 * <p>Threads: {@code evaluate} and {@code evaluationFailed} come from the controller's evaluation
 * thread (serialised by {@code evalLock}, which is held while component code runs in {@code create}
 * and {@code update}); {@code publish} comes from any component thread; the getters come from HTTP
 * threads and read volatile fields only, so they never wait for component code.
 *
 * @param <A> the arguments record
 * @param <E> the exports record
 */
public final class BuiltinNode<A extends Record, E extends Record> {

    private static final System.Logger LOG = System.getLogger(BuiltinNode.class.getName());

    private final NodeGlobals globals;
    private final ComponentProvider<A, E> provider;
    private final String localId;
    private final String label;
    private final String globalId;
    private final NodeHttp http;
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final ComponentOptions options;

    private final ReentrantLock evalLock = new ReentrantLock();
    private volatile Component<A> managed; // written under evalLock
    private volatile A arguments; // written under evalLock

    private final Object exportsLock = new Object();
    private volatile E exports; // written under exportsLock

    private volatile Health evalHealth;
    private volatile Health runHealth;

    private final CancellableRunContext runContext = new CancellableRunContext();
    private volatile Thread runThread;

    /**
     * A node for block {@code localId} (such as {@code local.file.secrets}), not built until the
     * first {@link #evaluate}.
     */
    public BuiltinNode(NodeGlobals globals, ComponentProvider<A, E> provider, String localId, String label) {
        this.globals = Objects.requireNonNull(globals, "globals");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.localId = Objects.requireNonNull(localId, "localId");
        this.label = label == null ? "" : label;
        this.globalId = globals.controllerId().isEmpty() ? localId : globals.controllerId() + "/" + localId;
        this.http = new NodeHttp(globalId);
        Health created = new Health(HealthState.UNKNOWN, "component created", globals.clock().instant());
        this.evalHealth = created;
        this.runHealth = created;
        this.options = new ComponentOptions(
                globalId,
                System.getLogger("io.jalloy.component." + globalId),
                globals.dataRoot().resolve(globalId),
                registry,
                globals.clock(),
                http,
                globals.minStability());
        globals.metrics().add(globalId, registry);
    }

    /**
     * Gives the component new arguments: builds it the first time, then calls {@code update} when
     * they differ from the current ones. On failure the component keeps its old arguments, is
     * reported unhealthy, and the error says which step failed, as Alloy words it.
     */
    public void evaluate(A args) throws NodeEvaluationException {
        Objects.requireNonNull(args, "args");
        evalLock.lock();
        try {
            if (managed == null) {
                try {
                    managed = provider.create(options, args, this::publish);
                } catch (Exception e) {
                    throw failed("building component: " + messageOf(e), e);
                }
            } else if (!args.equals(arguments)) {
                try {
                    managed.update(args);
                } catch (Exception e) {
                    throw failed("updating component: " + messageOf(e), e);
                }
            }
            arguments = args;
            evalHealth = Health.healthy("component evaluated", globals.clock().instant());
        } finally {
            evalLock.unlock();
        }
    }

    /**
     * Decodes {@code block}'s body into the arguments record in {@code scope}, then
     * {@linkplain #evaluate(Record) evaluates} them. Decoding problems are thrown with their
     * positions and recorded as Alloy words them ("decoding configuration: ...").
     */
    public void evaluate(BlockStmt block, Decoder decoder, Scope scope) throws Diagnostics, NodeEvaluationException {
        A args;
        try {
            args = decoder.decodeBody(block.body(), block, provider.argumentsType(), scope);
        } catch (Diagnostics d) {
            evaluationFailed("decoding configuration: " + d.getMessage());
            throw d;
        }
        evaluate(args);
    }

    /** Records that the block could not be evaluated or decoded (the controller's own errors). */
    public void evaluationFailed(String message) {
        evalHealth = Health.unhealthy("component evaluation failed: " + message, globals.clock().instant());
    }

    private NodeEvaluationException failed(String message, Exception cause) {
        evaluationFailed(message);
        return new NodeEvaluationException(message, cause);
    }

    /**
     * Starts {@code run} on a new virtual thread named after the component. Fails when the
     * component was never built or was already started.
     */
    public synchronized void start() {
        if (managed == null) {
            throw new IllegalStateException("managed component not built");
        }
        if (runThread != null) {
            throw new IllegalStateException("component " + globalId + " already started");
        }
        runThread = Thread.ofVirtual().name("component " + globalId).start(this::runManaged);
    }

    private void runManaged() {
        Component<A> component = managed;
        runHealth = Health.healthy("started component", globals.clock().instant());
        String message;
        try {
            component.run(runContext);
            message = "component shut down cleanly";
        } catch (Exception e) {
            message = "component shut down with error: " + messageOf(e);
            LOG.log(System.Logger.Level.ERROR, "component " + globalId + " exited with error", e);
        } catch (Error e) {
            runHealth = new Health(HealthState.EXITED, "component shut down with error: " + messageOf(e), globals.clock().instant());
            throw e;
        }
        runHealth = new Health(HealthState.EXITED, message, globals.clock().instant());
    }

    /**
     * Cancels the component's run context and waits up to {@code timeout} for {@code run} to return.
     * Returns true when it returned (or never started). Its metrics stay published until
     * {@link #close}.
     */
    public boolean stop(Duration timeout) throws InterruptedException {
        runContext.cancel();
        Thread t = runThread;
        return t == null || t.join(timeout);
    }

    /** Removes the component's metrics from {@code /metrics}; call after {@link #stop}. */
    public void close() {
        globals.metrics().remove(globalId);
    }

    /** Sets the exports (the component's {@link io.jalloy.component.ExportSink}). */
    private void publish(E newExports) {
        Objects.requireNonNull(newExports, "exports");
        if (newExports.getClass() != provider.exportsType()) {
            throw new IllegalArgumentException("Component " + globalId + " changed Exports types from "
                    + provider.exportsType().getName() + " to " + newExports.getClass().getName());
        }
        synchronized (exportsLock) {
            if (newExports.equals(exports)) {
                return;
            }
            exports = newExports;
        }
        globals.onExportsChanged().accept(this);
    }

    /** The least healthy of the run state, the last evaluation and the component's own report. */
    public Health currentHealth() {
        Health run = runHealth;
        Health eval = evalHealth;
        if (managed instanceof HealthReporter reporter) {
            return Health.leastHealthy(run, eval, reporter.currentHealth());
        }
        return Health.leastHealthy(run, eval);
    }

    /** A snapshot for the HTTP API, without dependency edges (the controller adds them). */
    public ComponentInfo info() {
        return new ComponentInfo(provider.name(), globals.controllerId(), localId, label, List.of(), List.of(),
                currentHealth(), arguments, exports, http.handler());
    }

    public String globalId() {
        return globalId;
    }

    public String localId() {
        return localId;
    }

    public ComponentProvider<A, E> provider() {
        return provider;
    }

    /** The options the component was (or will be) built with. */
    public ComponentOptions options() {
        return options;
    }

    /** The current arguments, null before the first successful evaluation. */
    public A arguments() {
        return arguments;
    }

    /** The current exports, null before the first publication. */
    public E exports() {
        return exports;
    }

    /** The managed component, null until built. */
    public Component<A> component() {
        return managed;
    }

    static String messageOf(Throwable e) {
        String m = e.getMessage();
        return m != null ? m : e.getClass().getName();
    }
}
