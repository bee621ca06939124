package io.jalloy.runtime.controller.internal.refs;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraversalsTest {

    private static List<String> chains(String expr) throws Exception {
        return Traversals.of(Parser.parseExpression(SourceFile.of("t.alloy", expr))).stream()
                .map(Traversal::toString).toList();
    }

    @Test
    void anAccessChainIsOneTraversal() throws Exception {
        assertThat(chains("prometheus.scrape.x.targets")).containsExactly("prometheus.scrape.x.targets");
    }

    @Test
    void indexingEndsAChainAndTheIndexIsWalkedToo() throws Exception {
        assertThat(chains("a.b[c.d]")).containsExactly("a.b", "c.d");
    }

    @Test
    void anAccessAfterAnIndexExtendsTheIndexChainAsInAlloy() throws Exception {
        // Alloy's walker does not end the index's chain, so ".e" lands on it; kept for identical references.
        assertThat(chains("a.b[c.d].e")).containsExactly("a.b", "c.d.e");
    }

    @Test
    void aCallEndsTheChainOfItsFunctionAndWalksItsArguments() throws Exception {
        assertThat(chains("array.concat(x.y.z, [w.v])")).containsExactly("array.concat", "x.y.z", "w.v");
    }

    @Test
    void fieldsOfACallResultAreNotReferences() throws Exception {
        assertThat(chains("f().x")).containsExactly("f");
    }

    @Test
    void operandsOfOperatorsAndObjectValuesAreFound() throws Exception {
        assertThat(chains("{ a = b.c + -d.e, f = (g) }")).containsExactly("b.c", "d.e", "g");
    }

    @Test
    void literalsReadNothing() throws Exception {
        assertThat(chains("[1, \"two\", true, null]")).isEmpty();
    }
}
