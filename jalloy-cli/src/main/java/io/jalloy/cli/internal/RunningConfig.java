package io.jalloy.cli.internal;

import io.jalloy.runtime.controller.ComponentSchemas;
import io.jalloy.runtime.controller.Controller;
import io.jalloy.runtime.controller.ControllerOptions;
import io.jalloy.runtime.controller.PreparedConfig;
import io.jalloy.runtime.controller.Source;
import io.jalloy.runtime.controller.ValidationOptions;
import io.jalloy.runtime.controller.Validator;
import io.jalloy.runtime.http.HttpAuth;
import io.jalloy.runtime.http.RuntimeHttpServer;
import io.jalloy.runtime.metrics.ProcessMetrics;
import io.jalloy.runtime.registry.ComponentRegistry;
import io.jalloy.runtime.render.BodyEncoder;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.diag.Severity;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * One {@code jalloy run} process: the controller with every component on the class path, the HTTP
 * server, and the reload logic shared by {@code /-/reload}, SIGHUP and the file watcher.
 *
 * <p>A reload reads the config, validates it (the {@link Validator}: Alloy's {@code validate} texts
 * and warnings) and reads its {@code logging} and {@code http} blocks, then has the controller
 * {@linkplain Controller#prepare prepare} it: the whole graph is evaluated without side effects, so
 * no error found up to there touches the running graph, the log settings or the HTTP auth. Only a
 * clean config is {@linkplain Controller#commit committed}. Reloads are
 * serialised by this object's monitor; they come from HTTP threads, the signal thread and the
 * watcher thread.
 */
public final class RunningConfig implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RunningConfig.class.getName());

    private final RunSettings settings;
    private final ProcessMetrics metrics = new ProcessMetrics(true);
    private final Controller controller;
    private final ValidationOptions validation;
    private final RuntimeHttpServer server;
    private volatile boolean ready;
    private TlsChoice tls;

    public RunningConfig(RunSettings settings) {
        this.settings = settings;
        ComponentRegistry registry = ComponentRegistry.load();
        ControllerOptions defaults = ControllerOptions.defaults(registry, settings.storagePath(), metrics.components());
        this.controller = new Controller(new ControllerOptions(registry, settings.storagePath(), Clock.systemUTC(),
                settings.minStability(), metrics.components(), settings.env(), defaults.services()));
        this.validation = ValidationOptions.defaults(ComponentSchemas.fromRegistry(registry))
                .withMinStability(settings.minStability())
                .withCommunityComponents(settings.communityComponents());
        this.server = new RuntimeHttpServer(settings.http(), controller, metrics.root(), () -> ready, this::reload,
                BodyEncoder.standard());
    }

    /**
     * Starts the HTTP server (first, as Alloy does, so {@code /metrics} answers while loading),
     * then loads the config; the caller exits when this throws.
     */
    public void start() throws Exception {
        tls = readTls();
        if (tls.context() != null) {
            server.useTls(tls.context());
        }
        server.start();
        LOG.log(System.Logger.Level.INFO, "now listening for http traffic", "service", "http", "addr",
                settings.http().host() + ":" + server.port());
        reload();
    }

    /** The TLS the config asks for now; read errors are left for the load to report. */
    private TlsChoice readTls() throws ConfigFailure {
        Source source;
        try {
            source = Source.read(settings.configPath());
        } catch (IOException e) {
            return new TlsChoice(null, Map.of());
        }
        try {
            return new TlsChoice(HttpTls.context(source, settings.env()), tlsText(source));
        } catch (Diagnostics d) {
            throw new ConfigFailure(d, source);
        }
    }

    /** The bound HTTP port. */
    public int port() {
        return server.port();
    }

    /**
     * Reads and applies the config again. Throws with the rendered diagnostics when it cannot be
     * read, parsed, checked or evaluated (nothing changes then) or when a component fails to be
     * created or updated while the new graph is swapped in (that component is left unhealthy).
     */
    public synchronized void reload() throws ConfigFailure {
        Source source;
        try {
            source = Source.read(settings.configPath());
        } catch (IOException e) {
            throw new ConfigFailure("reading config path \"" + settings.configPath() + "\": " + describe(e));
        }
        Diagnostics checked = Validator.validate(source, validation);
        logWarnings(checked);
        if (checked.hasErrors()) {
            throw new ConfigFailure(errorsOnly(checked), source);
        }
        LogSettings logSettings;
        HttpAuth auth;
        try {
            logSettings = LoggingBlock.settings(source, settings.env());
            auth = HttpBlock.auth(source, settings.env());
        } catch (Diagnostics d) {
            throw new ConfigFailure(d, source);
        }
        if (tls != null && !tlsText(source).equals(tls.text())) {
            LOG.log(System.Logger.Level.WARNING, "the http block's tls changed; the change applies at the next restart");
        }
        PreparedConfig prepared = controller.prepare(source);
        if (prepared.hasErrors()) {
            throw new ConfigFailure(errorsOnly(prepared.diagnostics()), source);
        }
        // From here the graph is swapped: only a component's create or update can still fail (it is left unhealthy).
        Diagnostics result = controller.commit(prepared);
        ProcessLog.apply(logSettings);
        server.setAuth(auth);
        if (result.hasErrors()) {
            throw new ConfigFailure(errorsOnly(result), source);
        }
        ready = true;
    }

    /** The config's files as they are on disk now, by name; null when they cannot be read (for the watcher). */
    Map<String, byte[]> onDisk() {
        try {
            return Source.read(settings.configPath()).contents();
        } catch (IOException e) {
            return null; // an editor replacing the file; the next poll sees it
        }
    }

    /** Stops every component, then the HTTP server. */
    @Override
    public void close() {
        controller.close();
        try {
            server.stop();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "stopping the HTTP server failed", e);
        }
    }

    /** The TLS chosen at start and the config text it came from, to notice later edits. */
    private record TlsChoice(SSLContext context, Map<String, String> text) {}

    /** The printed http.tls block of each file, which is what a TLS change would alter. */
    private static Map<String, String> tlsText(Source source) {
        try {
            ServiceBlock http = ServiceBlock.find(source, "http");
            ServiceBlock tls = http == null ? null : http.child("tls");
            if (tls == null) {
                return Map.of();
            }
            byte[] text = java.util.Arrays.copyOfRange(tls.file().content(), tls.block().start(), tls.block().end());
            return Map.of(tls.file().name(), new String(text, java.nio.charset.StandardCharsets.UTF_8));
        } catch (Diagnostics d) {
            return Map.of();
        }
    }

    private static Diagnostics errorsOnly(Diagnostics d) {
        List<Diagnostic> errors = d.list().stream().filter(x -> x.severity() == Severity.ERROR).toList();
        return new Diagnostics(errors);
    }

    private static void logWarnings(Diagnostics d) {
        for (Diagnostic w : d.list()) {
            if (w.severity() != Severity.ERROR) {
                LOG.log(System.Logger.Level.WARNING, w.start() + ": " + w.message());
            }
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "stat " + e.getMessage() + ": no such file or directory";
        }
        return e.getMessage();
    }
}
