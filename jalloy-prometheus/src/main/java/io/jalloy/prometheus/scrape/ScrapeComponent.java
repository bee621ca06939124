package io.jalloy.prometheus.scrape;

import io.jalloy.common.discovery.Target;
import io.jalloy.common.http.client.ConfiguredHttpClient;
import io.jalloy.common.labels.LabelInterner;
import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.RunContext;
import io.jalloy.prometheus.internal.exposition.ContentNegotiation;
import io.jalloy.prometheus.internal.exposition.EscapingScheme;
import io.jalloy.prometheus.scrape.internal.ScrapeLoop;
import io.jalloy.prometheus.scrape.internal.ScrapeSettings;
import io.jalloy.prometheus.scrape.internal.ScrapeTarget;
import io.prometheus.metrics.core.metrics.Gauge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running {@code prometheus.scrape}: one {@link ScrapeLoop} per distinct target. When only the
 * targets change, loops of kept targets continue and loops of removed targets mark their series
 * stale; any other change restarts every loop with the new settings. {@link #update} runs on the
 * evaluation thread, {@link #run} on the component's thread; both lock this.
 */
final class ScrapeComponent implements Component<Arguments> {
    private final ComponentOptions options;
    private final Gauge targetsGauge;
    private final LabelInterner values = new LabelInterner(1 << 16);
    private Arguments args; // guarded by this
    private ConfiguredHttpClient client; // guarded by this
    private ScrapeSettings settings; // guarded by this
    private Map<ScrapeTarget, ScrapeLoop> loops = new HashMap<>(); // guarded by this
    private boolean running; // guarded by this

    ScrapeComponent(ComponentOptions options, Arguments args) {
        this.options = options;
        this.targetsGauge = Gauge.builder().name("prometheus_scrape_targets_gauge")
                .help("Number of targets this component is configured to scrape").register(options.metrics());
        update(args);
    }

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        synchronized (this) {
            running = true;
            loops.values().forEach(ScrapeLoop::start);
        }
        try {
            ctx.awaitCancellation();
        } finally {
            List<ScrapeLoop> stopped;
            synchronized (this) {
                running = false;
                stopped = new ArrayList<>(loops.values());
                loops = new HashMap<>();
                stopped.forEach(l -> l.stop(true));
                client.close();
            }
            for (ScrapeLoop l : stopped) {
                l.join();
            }
        }
    }

    @Override
    public synchronized void update(Arguments next) {
        boolean restart = args == null || !sameSettings(args, next);
        args = next;
        if (restart) {
            ConfiguredHttpClient old = client;
            client = ConfiguredHttpClient.build(next.client(), System.getenv());
            settings = settings(next, options.id());
            for (ScrapeLoop l : loops.values()) {
                l.stop(false);
            }
            loops = new HashMap<>();
            if (old != null) {
                old.close();
            }
        }
        Map<ScrapeTarget, ScrapeLoop> wanted = new HashMap<>();
        for (Target t : next.targets()) {
            ScrapeTarget st = ScrapeTarget.of(t.labels(), settings);
            if (st == null || wanted.containsKey(st)) {
                continue;
            }
            ScrapeLoop loop = loops.remove(st);
            if (loop == null) {
                loop = new ScrapeLoop(st, settings, next.forwardTo(), client, options.clock(), options.logger(), values);
                if (running) {
                    loop.start();
                }
            }
            wanted.put(st, loop);
        }
        for (ScrapeLoop gone : loops.values()) {
            gone.stop(true);
        }
        loops = wanted;
        targetsGauge.set(wanted.size());
    }

    /** The loops now running, for tests. */
    synchronized List<ScrapeLoop> loops() {
        return List.copyOf(loops.values());
    }

    private static boolean sameSettings(Arguments a, Arguments b) {
        return a.withTargets(List.of(), List.of()).equals(b.withTargets(List.of(), List.of()))
                && a.forwardTo().equals(b.forwardTo());
    }

    static ScrapeSettings settings(Arguments a, String id) {
        String escaping = a.metricNameEscapingScheme().isEmpty()
                ? (a.metricNameValidationScheme().equals("legacy") ? "underscores" : "allow-utf-8")
                : a.metricNameEscapingScheme();
        EscapingScheme scheme = EscapingScheme.UNDERSCORES;
        for (EscapingScheme s : EscapingScheme.values()) {
            if (s.text().equals(escaping)) {
                scheme = s;
            }
        }
        return new ScrapeSettings(a.jobName().isEmpty() ? id : a.jobName(), a.honorLabels(), a.honorTimestamps(),
                a.trackTimestampsStaleness(),
                a.scrapeInterval(), a.scrapeTimeout(), a.scheme(), a.metricsPath(), a.params(),
                ContentNegotiation.acceptHeader(a.protocols(), scheme), a.fallbackProtocol(), a.enableCompression(),
                a.bodySizeLimit().bytes(), a.sampleLimit(), a.labelLimit(), a.labelNameLengthLimit(),
                a.labelValueLengthLimit(), a.extraMetrics(), a.nativeHistograms(), a.scrapeClassicHistograms());
    }
}
