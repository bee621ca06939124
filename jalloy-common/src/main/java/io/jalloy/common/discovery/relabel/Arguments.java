package io.jalloy.common.discovery.relabel;

import io.jalloy.common.discovery.Target;
import io.jalloy.common.relabel.RelabelRule;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import java.util.List;

/**
 * The arguments of {@code discovery.relabel}.
 *
 * @param targets the targets to relabel
 * @param rules the {@code rule} blocks, applied in order to each target
 */
public record Arguments(
        @Attr("targets") List<Target> targets,
        @Block(value = "rule", optional = true) List<RelabelRule> rules) {

    public Arguments {
        targets = List.copyOf(targets);
        rules = List.copyOf(rules);
    }
}
