package io.jalloy.prometheus.exporter;

import io.jalloy.common.discovery.Target;
import io.jalloy.component.ComponentOptions;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The target an exporter component publishes, labelled as Alloy's exporters label theirs: the
 * HTTP server address, the component's metrics path, {@code instance} = host name, {@code job} =
 * {@code integrations/<name>} and the {@code __meta_component_*} labels.
 */
public final class ExporterTargets {
    private ExporterTargets() {}

    /** The target of exporter {@code name} (such as {@code unix}) running as {@code options.id()}. */
    public static Target of(ComponentOptions options, String name) {
        String id = options.id();
        String componentName = id.equals("prometheus.exporter.unix") || id.lastIndexOf('.') < 0
                ? id : id.substring(0, id.lastIndexOf('.'));
        return Target.of(
                "__address__", options.http().serverAddress(),
                "__scheme__", "http",
                "__metrics_path__", options.http().pathPrefix() + "metrics",
                "instance", defaultInstance(),
                "job", "integrations/" + name,
                "__meta_component_name", componentName,
                "__meta_component_id", id);
    }

    /** $HOSTNAME, else the host name, else {@code unknown}, as Alloy picks it. */
    public static String defaultInstance() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isEmpty()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
