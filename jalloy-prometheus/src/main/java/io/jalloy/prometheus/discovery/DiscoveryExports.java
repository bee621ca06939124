package io.jalloy.prometheus.discovery;

import io.jalloy.common.discovery.Target;
import io.jalloy.syntax.decode.Attr;
import java.util.List;

/** The exports of a discovery component: the targets found. */
public record DiscoveryExports(@Attr("targets") List<Target> targets) {
    public DiscoveryExports {
        targets = List.copyOf(targets);
    }
}
