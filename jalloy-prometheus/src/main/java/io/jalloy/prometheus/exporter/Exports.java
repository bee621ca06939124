package io.jalloy.prometheus.exporter;

import io.jalloy.common.discovery.Target;
import io.jalloy.syntax.decode.Attr;
import java.util.List;

/** The exports of every {@code prometheus.exporter.*} component: the targets to scrape it at. */
public record Exports(@Attr("targets") List<Target> targets) {
    public Exports {
        targets = List.copyOf(targets);
    }
}
