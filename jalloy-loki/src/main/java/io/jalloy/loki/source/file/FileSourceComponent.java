package io.jalloy.loki.source.file;

import io.jalloy.common.discovery.Target;
import io.jalloy.common.labels.Labels;
import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.RunContext;
import io.jalloy.loki.filematch.PathMatcher;
import io.jalloy.loki.positions.PositionKey;
import io.jalloy.loki.positions.Positions;
import io.jalloy.loki.source.file.internal.Decompressor;
import io.jalloy.loki.source.file.internal.Fanout;
import io.jalloy.loki.source.file.internal.FileTailer;
import io.jalloy.loki.source.file.internal.LineReader;
import io.jalloy.loki.source.file.internal.Reader;
import io.jalloy.loki.source.file.internal.ReaderSettings;
import io.jalloy.loki.source.file.internal.TextEncoding;
import io.jalloy.syntax.scanner.Literals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code loki.source.file}: keeps one {@link Reader} per (file, public labels) among the
 * targets, starts readers for new targets, stops (and forgets the positions of) readers whose
 * targets left, saves positions every 10 seconds and when stopping. {@link #update} (evaluation
 * thread) and {@link #run} (component thread) share the reader map under {@code lock}; readers
 * run on their own virtual threads and only touch the positions, the fan-out and the metrics.
 */
final class FileSourceComponent implements Component<Arguments> {
    static final String FILENAME_LABEL = "filename";
    /** Entries per batch: enough to amortise a send, few enough to bound memory per file. */
    static final int MAX_BATCH = 2048;

    private final ComponentOptions options;
    private final System.Logger logger;
    private final Positions positions;
    private final Fanout fanout;
    private final FileMetrics metrics;
    private final PathMatcher matcher;
    private final Semaphore wake = new Semaphore(0);
    private final Object lock = new Object();
    private final Map<PositionKey, Reader> readers = new LinkedHashMap<>(); // guarded by lock
    private Arguments args; // guarded by lock
    private boolean running; // guarded by lock

    FileSourceComponent(ComponentOptions options, Arguments args) throws Exception {
        args.validate();
        this.options = options;
        this.logger = options.logger();
        Files.createDirectories(options.dataPath());
        Path positionsPath = options.dataPath().resolve("positions.yml");
        if (!args.legacyPositionsFile().isEmpty()) {
            Positions.convertLegacy(Path.of(args.legacyPositionsFile()), positionsPath, logger);
        }
        this.positions = Positions.open(positionsPath, logger);
        this.fanout = new Fanout(args.forwardTo());
        this.metrics = new FileMetrics(options.metrics());
        this.matcher = new PathMatcher(logger, options.clock());
        this.args = args;
    }

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        ctx.onCancel(wake::release);
        synchronized (lock) {
            running = true;
            schedule();
        }
        long nextSave = System.nanoTime() + Positions.SYNC_PERIOD.toNanos();
        long nextSync = System.nanoTime() + syncPeriod().toNanos();
        try {
            while (!ctx.isCancelled()) {
                long wait = Math.max(0, Math.min(nextSave, nextSync) - System.nanoTime());
                if (wake.tryAcquire(wait, TimeUnit.NANOSECONDS)) {
                    continue;
                }
                long now = System.nanoTime();
                if (now >= nextSave) {
                    positions.save();
                    positions.cleanup();
                    nextSave = now + Positions.SYNC_PERIOD.toNanos();
                }
                if (now >= nextSync) {
                    synchronized (lock) {
                        schedule();
                    }
                    nextSync = now + syncPeriod().toNanos();
                }
            }
        } finally {
            List<Reader> all;
            synchronized (lock) {
                running = false;
                all = new ArrayList<>(readers.values());
                readers.clear();
            }
            all.forEach(Reader::signalStop);
            for (Reader r : all) {
                r.awaitStop(false);
            }
            positions.save();
        }
    }

    private Duration syncPeriod() {
        synchronized (lock) {
            return args.fileMatch().syncPeriod();
        }
    }

    @Override
    public void update(Arguments newArgs) throws Exception {
        newArgs.validate();
        fanout.setReceivers(newArgs.forwardTo());
        synchronized (lock) {
            boolean restart = !newArgs.encoding().equals(args.encoding())
                    || !newArgs.decompression().equals(args.decompression())
                    || !newArgs.fileWatch().equals(args.fileWatch());
            args = newArgs;
            if (restart) {
                // Readers carry these settings; new ones pick them up where the old ones stopped.
                stopAll(false);
            }
            if (running) {
                schedule();
            }
        }
        wake.release();
    }

    /** Brings the readers in line with the targets; the lock must be held. */
    private void schedule() throws InterruptedException {
        Set<PositionKey> wanted = new HashSet<>();
        List<Target> targets = args.fileMatch().enabled()
                ? matcher.match(args.targets(), args.fileMatch().ignoreOlderThan())
                : args.targets();
        for (Target t : targets) {
            String path = t.get(PathMatcher.PATH_LABEL);
            Labels publicLabels = t.labels().withoutReserved();
            PositionKey key = new PositionKey(path, labelsText(publicLabels));
            if (!wanted.add(key) || readers.containsKey(key)) {
                continue;
            }
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(Path.of(path), BasicFileAttributes.class);
            } catch (IOException | RuntimeException e) {
                logger.log(System.Logger.Level.ERROR, "failed to tail file, stat failed filename=" + path + " error=" + e);
                continue;
            }
            if (attrs.isDirectory()) {
                logger.log(System.Logger.Level.INFO, "failed to tail file error=\"file is a directory\" filename=" + path);
                continue;
            }
            Reader reader;
            try {
                reader = newReader(path, key, publicLabels.toBuilder().set(FILENAME_LABEL, path).build());
            } catch (IllegalArgumentException e) {
                logger.log(System.Logger.Level.ERROR, "failed to create file source error=" + e.getMessage() + " filename=" + path);
                continue;
            }
            readers.put(key, reader);
            reader.start();
        }
        List<Reader> gone = new ArrayList<>();
        for (Iterator<Map.Entry<PositionKey, Reader>> it = readers.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<PositionKey, Reader> e = it.next();
            if (!wanted.contains(e.getKey())) {
                gone.add(e.getValue());
                it.remove();
            }
        }
        gone.forEach(Reader::signalStop);
        for (Reader r : gone) {
            r.awaitStop(true);
        }
    }

    private void stopAll(boolean forget) throws InterruptedException {
        List<Reader> all = new ArrayList<>(readers.values());
        readers.clear();
        all.forEach(Reader::signalStop);
        for (Reader r : all) {
            r.awaitStop(forget);
        }
    }

    private Reader newReader(String path, PositionKey key, Labels labels) {
        TextEncoding encoding = TextEncoding.forName(args.encoding());
        ReaderSettings s = new ReaderSettings(Path.of(path), key, labels, encoding,
                min(args.fileWatch().minPollFrequency(), args.fileWatch().maxPollFrequency()),
                min(args.fileWatch().maxPollFrequency(), args.fileWatch().maxPollFrequency()), args.tailFromEnd(), args.onPositionsFileError().text(),
                !args.legacyPositionsFile().isEmpty(), positions, fanout, metrics, options.clock(), logger,
                LineReader.DEFAULT_BUFFER, MAX_BATCH);
        Decompression d = args.decompression();
        if (d.enabled()) {
            return new Decompressor(s, d.format().text(), d.initialDelay());
        }
        return new FileTailer(s);
    }

    private static Duration min(Duration a, Duration b) {
        Duration m = a.compareTo(b) <= 0 ? a : b;
        return m.isNegative() || m.isZero() ? Duration.ofMillis(1) : m;
    }

    /** Prometheus's text of a label set, {@code {a="1", b="2"}}: the positions file key. */
    static String labelsText(Labels labels) {
        StringBuilder sb = new StringBuilder(2 + labels.size() * 24).append('{');
        for (int i = 0; i < labels.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(labels.name(i)).append('=');
            Literals.appendQuoted(sb, labels.value(i));
        }
        return sb.append('}').toString();
    }
}
