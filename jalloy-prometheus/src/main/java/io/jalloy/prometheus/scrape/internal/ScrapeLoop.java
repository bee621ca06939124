package io.jalloy.prometheus.scrape.internal;

import io.jalloy.common.http.client.ConfiguredHttpClient;
import io.jalloy.common.labels.LabelInterner;
import io.jalloy.prometheus.api.Appender;
import io.jalloy.prometheus.api.MetricsReceiver;
import io.jalloy.prometheus.api.StaleMarkers;
import io.jalloy.prometheus.internal.exposition.ContentNegotiation;
import io.jalloy.prometheus.internal.exposition.ExpositionFormat;
import io.jalloy.prometheus.internal.exposition.ExpositionParser;
import io.jalloy.prometheus.internal.exposition.ParseResult;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Scrapes one target every interval on its own virtual thread, starting at an offset derived from
 * the target's hash (as Prometheus spreads targets over the interval). A failed scrape reports
 * {@code up} 0 and marks every series of the previous scrape stale; series that vanish from a
 * successful scrape are marked stale; stopping with staleness marks everything stale. Only
 * {@link #start}, {@link #stop} and {@link #lastError} are called from other threads.
 */
public final class ScrapeLoop implements Runnable {
    private final ScrapeTarget target;
    private final ScrapeSettings settings;
    private final List<MetricsReceiver> receivers;
    private final Clock clock;
    private final System.Logger logger;
    private final Fetcher fetcher;
    private final SeriesTable table;
    private final ScrapeSink sink;
    private final ReportSeries report;
    private final EnumMap<ExpositionFormat, ExpositionParser> parsers = new EnumMap<>(ExpositionFormat.class);
    private final double[] reportValues = new double[8];
    private volatile boolean stopping;
    private volatile boolean staleOnStop;
    private volatile String lastError;
    private Thread thread;
    private int epoch;

    public ScrapeLoop(ScrapeTarget target, ScrapeSettings settings, List<MetricsReceiver> receivers,
                      ConfiguredHttpClient client, Clock clock, System.Logger logger, LabelInterner values) {
        this.target = target;
        this.settings = settings;
        this.receivers = receivers;
        this.clock = clock;
        this.logger = logger;
        this.fetcher = new Fetcher(client, settings, target.url(), target.timeout());
        this.table = new SeriesTable(receivers.size());
        this.sink = new ScrapeSink(table, settings, target.labels(), values);
        this.report = new ReportSeries(target.labels(), settings.extraMetrics(), receivers.size());
    }

    public ScrapeTarget target() {
        return target;
    }

    /** The error of the last scrape, or null when it succeeded (or none ran yet). */
    public String lastError() {
        return lastError;
    }

    public synchronized void start() {
        thread = Thread.ofVirtual().name("scrape " + target.url()).start(this);
    }

    /** Asks the loop to end; with {@code stale}, it marks all its series stale first. */
    public void stop(boolean stale) {
        staleOnStop = stale;
        stopping = true;
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.interrupt();
        }
    }

    /** Waits for the loop thread to end. */
    public void join() throws InterruptedException {
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.join();
        }
    }

    @Override
    public void run() {
        long interval = target.interval().toNanos();
        long next = System.nanoTime() + initialDelay(interval);
        try {
            while (!stopping) {
                if (!sleepUntil(next)) {
                    break;
                }
                scrapeOnce();
                next += interval;
                long now = System.nanoTime();
                if (next < now) { // a slow scrape: skip missed ticks instead of bursting
                    next += ((now - next) / interval + 1) * interval;
                }
            }
        } catch (InterruptedException e) {
            // stopping
        } catch (RuntimeException e) {
            logger.log(System.Logger.Level.ERROR, "scrape loop for " + target.url() + " failed", e);
        }
        fetcher.close();
        if (staleOnStop) {
            Thread.interrupted();
            markAllStale();
        }
    }

    /** Prometheus's offset: the target's hash modulo the interval, relative to interval-aligned time. */
    private long initialDelay(long interval) {
        long h = target.labels().hashCode() * 0x9E3779B97F4A7C15L ^ target.url().hashCode();
        long offset = Math.floorMod(h, interval);
        long base = interval - Math.floorMod(clock.millis() * 1_000_000L, interval);
        long delay = base + offset;
        return delay >= interval ? delay - interval : delay;
    }

    private boolean sleepUntil(long deadline) throws InterruptedException {
        while (!stopping) {
            long wait = deadline - System.nanoTime();
            if (wait <= 0) {
                return true;
            }
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        return false;
    }

    void scrapeOnce() throws InterruptedException {
        long startMs = clock.millis();
        long startNanos = System.nanoTime();
        Fetcher.Result fetched = fetcher.fetch();
        String error = fetched.error();
        epoch++;
        Appender[] apps = appenders();
        sink.start(apps, epoch, startMs);
        try {
            if (error == null) {
                error = parse(fetched);
            }
        } finally {
            fetcher.release();
        }
        int scraped = 0;
        if (error == null) {
            scraped = sink.samples();
            table.sweep(epoch, e -> stale(apps, e, startMs));
        } else {
            for (Appender a : apps) {
                a.rollback();
            }
            Appender[] fresh = appenders();
            System.arraycopy(fresh, 0, apps, 0, apps.length);
            table.clear(e -> stale(apps, e, startMs));
        }
        lastError = error;
        if (error != null) {
            logger.log(System.Logger.Level.DEBUG, "scrape of " + target.url() + " failed: " + error);
        }
        double[] v = reportValues;
        v[ReportSeries.UP] = error == null ? 1 : 0;
        v[ReportSeries.DURATION] = (System.nanoTime() - startNanos) / 1e9;
        v[ReportSeries.SCRAPED] = scraped;
        v[ReportSeries.POST_RELABEL] = scraped;
        v[ReportSeries.ADDED] = error == null ? sink.added() : 0;
        v[ReportSeries.TIMEOUT] = target.timeout().toNanos() / 1e9;
        v[ReportSeries.SAMPLE_LIMIT] = settings.sampleLimit();
        v[ReportSeries.BODY_SIZE] = error == null ? fetched.length() : 0;
        report.append(apps, startMs, v);
        for (Appender a : apps) {
            a.commit();
        }
    }

    private String parse(Fetcher.Result fetched) {
        ContentNegotiation.Choice choice = ContentNegotiation.choose(fetched.contentType(), settings.fallback());
        if (choice.format() == null) {
            return choice.message();
        }
        ExpositionParser parser = parsers.computeIfAbsent(choice.format(),
                f -> f.newParser(settings.nativeHistograms(), settings.classicHistograms()));
        ParseResult result = parser.parse(fetcher.buffer(), 0, fetched.length(), sink);
        if (sink.error() != null) {
            return sink.error();
        }
        return result.ok() ? null : result.error();
    }

    private void markAllStale() {
        long now = clock.millis();
        Appender[] apps = appenders();
        table.clear(e -> stale(apps, e, now));
        report.stale(apps, now, StaleMarkers.STALE_NAN);
        for (Appender a : apps) {
            a.commit();
        }
    }

    private void stale(Appender[] apps, int e, long timestampMs) {
        if (table.explicitTimestamp(e) && !settings.trackTimestampsStaleness()) {
            return; // Prometheus does not mark series with exposed timestamps stale unless asked to
        }
        for (int i = 0; i < apps.length; i++) {
            table.ref(e, i, apps[i].append(table.ref(e, i), table.labels(e), timestampMs, StaleMarkers.STALE_NAN));
        }
    }

    private Appender[] appenders() {
        Appender[] apps = new Appender[receivers.size()];
        for (int i = 0; i < apps.length; i++) {
            apps[i] = receivers.get(i).appender();
        }
        return apps;
    }
}
