package io.jalloy.common.relabel;

import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.stdlib.Stdlib;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.util.List;

/** Decodes {@code rule} blocks written in Alloy, as a component embedding them would. */
final class RuleText {
    private RuleText() {}

    /** A body holding only rules. */
    record Body(@Block(value = "rule", optional = true) List<RelabelRule> rules) {}

    /** The rules of an Alloy body such as {@code rule { action = "drop" }}. */
    static List<RelabelRule> decode(String alloy) throws Diagnostics {
        SourceFile src = SourceFile.of("rules.alloy", alloy);
        return new Decoder(new Evaluator(src))
                .decodeBody(Parser.parseFile(src).body(), null, Body.class, Scope.root(Stdlib.globals()))
                .rules();
    }

    /** The compiled rules of an Alloy body. */
    static RelabelRules compile(String alloy) throws Diagnostics {
        return RelabelRules.compile(decode(alloy));
    }
}
