package io.jalloy.prometheus.scrape.internal;

import io.jalloy.common.labels.LabelNames;
import io.jalloy.common.labels.Labels;
import io.jalloy.syntax.value.ValueException;
import java.net.URI;
import java.time.Duration;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A discovered target turned into what a scrape loop uses, as Prometheus populates target
 * labels: {@code job} and the {@code __scheme__}, {@code __metrics_path__} and {@code __param_*}
 * defaults, {@code instance} from {@code __address__}, then every {@code __}-label dropped.
 *
 * @param labels the labels attached to every scraped series
 * @param url the URL scraped
 * @param interval the target's {@code __scrape_interval__}, else the configured interval
 * @param timeout the target's {@code __scrape_timeout__}, else the configured timeout
 */
public record ScrapeTarget(Labels labels, URI url, Duration interval, Duration timeout) {
    private static final String PARAM = "__param_";

    /**
     * The target, or null when Prometheus would drop it: no {@code __address__}, or a
     * {@code __scrape_interval__}/{@code __scrape_timeout__} that does not parse or whose timeout
     * exceeds the interval.
     */
    public static ScrapeTarget of(Labels discovered, ScrapeSettings s) {
        String address = discovered.get("__address__");
        if (address.isEmpty()) {
            return null;
        }
        Duration interval;
        Duration timeout;
        try {
            interval = duration(discovered.get("__scrape_interval__"), s.interval());
            timeout = duration(discovered.get("__scrape_timeout__"), s.timeout());
        } catch (ValueException e) {
            return null;
        }
        if (interval.isZero() || timeout.compareTo(interval) > 0) {
            return null;
        }
        String scheme = orDefault(discovered.get("__scheme__"), s.scheme());
        String path = orDefault(discovered.get("__metrics_path__"), s.metricsPath());
        Map<String, List<String>> params = new TreeMap<>(s.params());
        for (int i = 0; i < discovered.size(); i++) {
            String name = discovered.name(i);
            if (name.startsWith(PARAM)) {
                String key = name.substring(PARAM.length());
                List<String> values = new ArrayList<>(params.getOrDefault(key, List.of()));
                if (values.isEmpty()) {
                    values.add(discovered.value(i));
                } else {
                    values.set(0, discovered.value(i));
                }
                params.put(key, values);
            }
        }
        Labels.Builder b = new Labels.Builder().reset(discovered);
        if (discovered.get("job").isEmpty()) {
            b.set("job", s.jobName());
        }
        if (discovered.get("instance").isEmpty()) {
            b.set("instance", address);
        }
        Labels all = b.build();
        Labels.Builder kept = new Labels.Builder();
        for (int i = 0; i < all.size(); i++) {
            if (!LabelNames.isReserved(all.name(i))) {
                kept.set(all.name(i), all.value(i));
            }
        }
        return new ScrapeTarget(kept.build(), URI.create(scheme + "://" + address + path + query(params)), interval, timeout);
    }

    private static String query(Map<String, List<String>> params) {
        if (params.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<String>> e : new LinkedHashMap<>(params).entrySet()) {
            for (String v : e.getValue()) {
                sb.append(sb.isEmpty() ? '?' : '&').append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }

    private static Duration duration(String label, Duration fallback) throws ValueException {
        return label.isEmpty() ? fallback : Duration.ofMillis(PromDuration.parseMillis(label));
    }

    private static String orDefault(String v, String d) {
        return v.isEmpty() ? d : v;
    }
}
