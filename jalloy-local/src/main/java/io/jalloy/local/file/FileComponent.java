package io.jalloy.local.file;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ExportSink;
import io.jalloy.component.Health;
import io.jalloy.component.HealthReporter;
import io.jalloy.component.HealthState;
import io.jalloy.component.RunContext;
import io.jalloy.syntax.value.OptionalSecret;
import io.prometheus.metrics.core.metrics.Gauge;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * {@code local.file}: exports a file's content and re-exports it when a detector sees a change.
 * Creating or updating the component reads the file at once and fails when it cannot, as in
 * Alloy; later failures only make it unhealthy, keeping the last content exported.
 *
 * <p>{@link #update} (evaluation thread) and the reads of {@link #run} (component thread) hold
 * this object's lock; detector threads only raise the {@link ReloadSignal}.
 */
public final class FileComponent implements Component<Arguments>, HealthReporter {
    /** A pause before reading after a change, so a write in progress is not exported half-done. */
    static final Duration WAIT_READ_PERIOD = Duration.ofMillis(30);

    private final System.Logger logger;
    private final Clock clock;
    private final ExportSink<Exports> exports;
    private final ReloadSignal reload = new ReloadSignal();
    private final Gauge lastAccessed;

    private Arguments args;
    private ChangeDetector detector;
    private volatile Health health;

    FileComponent(ComponentOptions options, Arguments args, ExportSink<Exports> exports) throws Exception {
        this.logger = options.logger();
        this.clock = options.clock();
        this.exports = exports;
        this.lastAccessed = Gauge.builder()
                .name("agent_local_file_timestamp_last_accessed_unix_seconds")
                .help("The last successful access in unix seconds")
                .register(options.metrics());
        this.health = new Health(HealthState.UNKNOWN, "component started", clock.instant());
        update(args);
    }

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        ctx.onCancel(reload::raise);
        try {
            while (!ctx.isCancelled()) {
                reload.await();
                if (ctx.awaitCancellation(WAIT_READ_PERIOD)) {
                    break;
                }
                synchronized (this) {
                    try {
                        read();
                    } catch (IOException e) {
                        // Already reported through health.
                    }
                }
            }
        } finally {
            synchronized (this) {
                if (detector != null) {
                    detector.close();
                    detector = null;
                }
            }
        }
    }

    @Override
    public synchronized void update(Arguments newArgs) throws Exception {
        newArgs.validate();
        args = newArgs;
        try {
            read();
        } catch (IOException e) {
            throw new IOException("failed to read file: " + e.getMessage(), e);
        }
        // A detector watches one path; replace it in case the path or mode changed.
        if (detector != null) {
            detector.close();
        }
        detector = switch (newArgs.detector()) {
            case POLL -> new PollDetector(newArgs.pollFrequency(), reload::raise);
            case FSNOTIFY -> new WatchDetector(Path.of(newArgs.filename()), newArgs.pollFrequency(), reload::raise);
        };
    }

    /** Reads the file and exports it; the lock must be held. */
    private void read() throws IOException {
        String content;
        try {
            content = FileReads.read(args.filename());
        } catch (IOException e) {
            health = Health.unhealthy("failed to read file: " + e.getMessage(), clock.instant());
            logger.log(System.Logger.Level.ERROR, "failed to read file: " + e.getMessage());
            throw e;
        }
        lastAccessed.set(clock.millis() / 1000.0);
        exports.publish(new Exports(new OptionalSecret(content, args.isSecret())));
        health = Health.healthy("read file", clock.instant());
    }

    @Override
    public Health currentHealth() {
        return health;
    }
}
