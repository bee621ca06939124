package io.jalloy.common.discovery.relabel;

import io.jalloy.common.discovery.Target;
import io.jalloy.common.relabel.RelabelRules;
import io.jalloy.syntax.decode.Attr;
import java.util.List;

/**
 * The exports of {@code discovery.relabel}.
 *
 * @param output the targets that the rules kept, relabeled
 * @param rules the compiled rules, for components that take {@code relabel_rules}
 */
public record Exports(@Attr("output") List<Target> output, @Attr("rules") RelabelRules rules) {

    public Exports {
        output = List.copyOf(output);
    }
}
