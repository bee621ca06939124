package io.jalloy.syntax.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Records that contain themselves, as loki.process's {@code stage.match} holds {@code stage.*} blocks. */
class RecursiveRecordTest {

    record Leaf(@Attr("v") String v) {}

    record Nest(@Attr("name") String name, @Enum(value = "node", optional = true) List<Node> nodes) {}

    record Node(@Block(value = "leaf", optional = true) Leaf leaf, @Block(value = "nest", optional = true) Nest nest) {}

    record Root(@Enum(value = "node", optional = true) List<Node> nodes) {}

    @Test
    void aRecordMayContainItselfThroughAnEnum() throws Exception {
        Root r = DecoderTest.decode("""
                root {
                  node.leaf { v = "a" }
                  node.nest {
                    name = "outer"
                    node.nest {
                      name = "inner"
                      node.leaf { v = "b" }
                    }
                  }
                }
                """, Root.class);
        assertThat(r.nodes()).hasSize(2);
        assertThat(r.nodes().get(0).leaf().v()).isEqualTo("a");
        Nest outer = r.nodes().get(1).nest();
        assertThat(outer.name()).isEqualTo("outer");
        Nest inner = outer.nodes().get(0).nest();
        assertThat(inner.name()).isEqualTo("inner");
        assertThat(inner.nodes().get(0).leaf().v()).isEqualTo("b");
    }
}
