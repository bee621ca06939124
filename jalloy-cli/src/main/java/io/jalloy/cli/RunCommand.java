package io.jalloy.cli;

import io.jalloy.cli.internal.ConfigFailure;
import io.jalloy.cli.internal.ConfigWatcher;
import io.jalloy.cli.internal.LogSettings;
import io.jalloy.cli.internal.HeapGovernor;
import io.jalloy.cli.internal.ProcessLog;
import io.jalloy.cli.internal.Reloads;
import io.jalloy.cli.internal.RunSettings;
import io.jalloy.cli.internal.RunningConfig;
import io.jalloy.component.Stability;
import io.jalloy.runtime.http.HttpServerOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sun.misc.Signal;

/**
 * {@code jalloy run}: runs a config in the foreground until SIGINT or SIGTERM, with Alloy's flags
 * and defaults. Reloads on {@code /-/reload}, SIGHUP, and with {@code --config.reload-on-change}
 * whenever the config's files change.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run Jalloy in the foreground until an interrupt is received.",
            "PATH is a config file, or a directory whose *.alloy files (not recursive) are combined in name order.",
            "If the config cannot be loaded, run exits immediately. A failed reload keeps the last valid config running."})
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "The config file or directory.")
    Path path;

    @Option(names = "--server.http.listen-addr", paramLabel = "ADDR", description = "Address to listen for HTTP traffic on (default: ${DEFAULT-VALUE}).")
    String listenAddr = HttpServerOptions.DEFAULT_LISTEN_ADDR;

    @Option(names = "--server.http.ui-path-prefix", paramLabel = "PREFIX", description = "Prefix to serve the HTTP UI at (default: ${DEFAULT-VALUE}).")
    String uiPrefix = "/";

    @Option(names = "--server.http.memory-addr", paramLabel = "ADDR", description = "Accepted for compatibility; Jalloy has no in-memory listener (default: ${DEFAULT-VALUE}).")
    String memoryAddr = "alloy.internal:12345";

    @Option(names = "--server.http.enable-pprof", arity = "0..1", paramLabel = "BOOL", description = "Accepted for compatibility; Go profiling does not apply (default: ${DEFAULT-VALUE}).")
    boolean enablePprof = true;

    @Option(names = "--server.http.disable-support-bundle", arity = "0..1", paramLabel = "BOOL", description = "Accepted for compatibility; there is no support bundle.")
    boolean disableSupportBundle;

    @Option(names = "--storage.path", paramLabel = "DIR", description = "Base directory where components can store data (default: ${DEFAULT-VALUE}).")
    Path storagePath = Path.of("data-alloy/");

    @Option(names = "--stability.level", paramLabel = "LEVEL", description = "Minimum stability level of features to enable: generally-available, public-preview, experimental (default: ${DEFAULT-VALUE}).")
    String stability = Stability.GENERALLY_AVAILABLE.text();

    @Option(names = "--feature.community-components.enabled", arity = "0..1", paramLabel = "BOOL", description = "Enable community components.")
    boolean communityComponents;

    @Option(names = "--disable-reporting", arity = "0..1", paramLabel = "BOOL", description = "Disable reporting of enabled components (Jalloy never reports; accepted for compatibility).")
    boolean disableReporting;

    @Option(names = "--config.format", paramLabel = "FORMAT", description = "The format of the source file. Supported formats: alloy (default: ${DEFAULT-VALUE}).")
    String configFormat = "alloy";

    @Option(names = "--config.bypass-conversion-errors", arity = "0..1", paramLabel = "BOOL", description = "Accepted for compatibility; Jalloy does not convert configs.")
    boolean bypassConversionErrors;

    @Option(names = "--config.extra-args", paramLabel = "ARGS", description = "Accepted for compatibility; Jalloy does not convert configs.")
    String configExtraArgs = "";

    @Option(names = "--config.reload-on-change", arity = "0..1", paramLabel = "BOOL",
            description = "Jalloy only: reload whenever the config file(s) change (checked every second).")
    boolean reloadOnChange;

    @Option(names = "--cluster.enabled", arity = "0..1", paramLabel = "BOOL", description = "Start in clustered mode (not supported: must stay false).")
    boolean clusterEnabled;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Stability level;
        try {
            level = Stability.parse(stability);
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
        if (!configFormat.equals("alloy")) {
            return fail(err, "unsupported config format \"" + configFormat + "\": Jalloy runs Alloy configs only");
        }
        if (clusterEnabled) {
            return fail(err, "clustering is not supported by Jalloy");
        }
        HttpServerOptions http;
        try {
            http = new HttpServerOptions(listenAddr, uiPrefix);
            http.port();
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
        ProcessLog.apply(LogSettings.DEFAULTS);
        HeapGovernor.install();
        RunningConfig config = new RunningConfig(new RunSettings(path, http, storagePath, level, communityComponents, System::getenv));
        CountDownLatch stop = new CountDownLatch(1);
        for (String name : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(name), s -> stop.countDown());
        }
        try {
            config.start();
        } catch (ConfigFailure e) {
            config.close();
            if (!e.hasDiagnostics()) {
                return fail(err, e.getMessage());
            }
            err.println(e.render(System.console() != null));
            err.println();
            return fail(err, "could not perform the initial load successfully");
        } catch (java.io.IOException e) {
            config.close();
            return fail(err, e.getMessage());
        }
        Reloads.onSighup(config);
        ConfigWatcher watcher = reloadOnChange ? ConfigWatcher.start(config, Duration.ofSeconds(1)) : null;
        stop.await();
        err.println("interrupt received");
        err.flush();
        if (watcher != null) {
            watcher.close();
        }
        config.close();
        return 0;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("Error: " + message);
        err.flush();
        return 1;
    }
}
