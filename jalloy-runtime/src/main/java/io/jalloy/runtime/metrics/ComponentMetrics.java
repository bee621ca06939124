package io.jalloy.runtime.metrics;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The per-component registries, collected as one: each component's series get
 * {@code component_path} and {@code component_id} labels (as Alloy's wrapped registerer adds them),
 * and same-named metrics of different components are merged into one family.
 *
 * <p>Threads: nodes add and remove registries from the evaluation thread; scrapes come from HTTP
 * threads. The map is concurrent and a scrape works on a moment's view of it; no lock is held
 * while a component's collectors run.
 */
public final class ComponentMetrics implements MultiCollector {

    private static final System.Logger LOG = System.getLogger(ComponentMetrics.class.getName());

    private final Map<String, Scoped> registries = new ConcurrentSkipListMap<>();
    private final Map<String, Scoped> controllers = new ConcurrentSkipListMap<>();

    private record Scoped(Labels labels, PrometheusRegistry registry) {}

    /** Publishes {@code registry} as component {@code globalId}'s metrics. */
    public void add(String globalId, PrometheusRegistry registry) {
        registries.put(globalId, new Scoped(labelsFor(globalId), registry));
    }

    /** Stops publishing component {@code globalId}'s metrics. */
    public void remove(String globalId) {
        registries.remove(globalId);
    }

    /**
     * Publishes controller {@code controllerId}'s metrics ({@code ""} for the root config, else the
     * module's global id), labelled {@code controller_id} and {@code controller_path} as Alloy does.
     */
    public void addController(String controllerId, ControllerMetrics metrics) {
        Labels component = labelsFor(controllerId);
        Labels labels = controllerId.isEmpty() ? Labels.of("controller_path", "/", "controller_id", "")
                : Labels.of("controller_path", component.get("component_path"), "controller_id", component.get("component_id"));
        controllers.put(controllerId, new Scoped(labels, metrics.registry()));
    }

    /**
     * Stops publishing controller {@code controllerId}'s metrics, unless a newer controller of the
     * same id (a module instance that replaced {@code metrics}'s) has taken its place.
     */
    public void removeController(String controllerId, ControllerMetrics metrics) {
        controllers.computeIfPresent(controllerId, (k, v) -> v.registry() == metrics.registry() ? null : v);
    }

    /**
     * Alloy's labels for a global id: {@code component_path} is the module path ({@code /} at the
     * root), {@code component_id} the local id.
     */
    static Labels labelsFor(String globalId) {
        int slash = globalId.lastIndexOf('/');
        String path = slash < 0 ? "/" : "/" + globalId.substring(0, slash);
        String id = slash < 0 ? globalId : globalId.substring(slash + 1);
        return Labels.of("component_path", path, "component_id", id);
    }

    @Override
    public MetricSnapshots collect() {
        Map<String, List<MetricSnapshot>> byName = new LinkedHashMap<>();
        collectInto(byName, controllers);
        collectInto(byName, registries);
        MetricSnapshots.Builder out = MetricSnapshots.builder();
        for (List<MetricSnapshot> family : byName.values()) {
            out.metricSnapshot(Relabel.merge(family));
        }
        return out.build();
    }

    private static void collectInto(Map<String, List<MetricSnapshot>> byName, Map<String, Scoped> scopes) {
        for (Map.Entry<String, Scoped> e : scopes.entrySet()) {
            Scoped scoped = e.getValue();
            for (MetricSnapshot s : scoped.registry().scrape()) {
                try {
                    MetricSnapshot relabelled = Relabel.withLabels(s, scoped.labels());
                    byName.computeIfAbsent(s.getMetadata().getPrometheusName(), k -> new ArrayList<>()).add(relabelled);
                } catch (RuntimeException ex) {
                    LOG.log(System.Logger.Level.WARNING, "dropping metric " + s.getMetadata().getName()
                            + " of component " + e.getKey() + ": " + ex.getMessage());
                }
            }
        }
    }
}
