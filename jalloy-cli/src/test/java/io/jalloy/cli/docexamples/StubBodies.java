package io.jalloy.cli.docexamples;

import java.util.Map;

/**
 * The smallest valid body of each component kind Jalloy implements that a documentation block may
 * refer to without defining: what a stand-alone config adds for {@code loki.write.default.receiver}
 * and the like. Addresses are loopback port 1, files under /dev/null: validation never uses them.
 */
final class StubBodies {
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("loki.write", "endpoint {\n    url = \"http://127.0.0.1:1/loki/api/v1/push\"\n  }"),
            Map.entry("loki.process", "forward_to = []"),
            Map.entry("loki.relabel", "forward_to = []"),
            Map.entry("loki.echo", ""),
            Map.entry("local.file_match", "path_targets = [{\"__path__\" = \"/dev/null\"}]"),
            Map.entry("local.file", "filename = \"/dev/null\""),
            Map.entry("remote.http", "url = \"http://127.0.0.1:1/\""),
            Map.entry("discovery.relabel", "targets = []"),
            Map.entry("discovery.file", "files = [\"/dev/null\"]"),
            Map.entry("discovery.http", "url = \"http://127.0.0.1:1/sd\""),
            Map.entry("prometheus.remote_write", "endpoint {\n    url = \"http://127.0.0.1:1/api/v1/write\"\n  }"),
            Map.entry("prometheus.relabel", "forward_to = []"),
            Map.entry("prometheus.exporter.self", ""),
            Map.entry("prometheus.exporter.unix", ""));

    private StubBodies() {}

    /** The body for {@code kind}, or null when the table lacks it. */
    static String of(String kind) {
        return BODIES.get(kind);
    }
}
