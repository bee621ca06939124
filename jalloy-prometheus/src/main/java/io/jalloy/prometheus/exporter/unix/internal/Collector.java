package io.jalloy.prometheus.exporter.unix.internal;

import java.io.IOException;

/** One node_exporter collector reimplemented: reads the system and adds families to a scrape. */
public interface Collector {
    /** node_exporter's name for it ({@code cpu}, {@code meminfo}, ...). */
    String name();

    /** Adds this collector's metrics; an exception marks the collector failed for this scrape. */
    void collect(SystemPaths paths, MetricText out) throws IOException;
}
