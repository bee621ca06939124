package io.jalloy.runtime.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.component.Stability;
import io.jalloy.runtime.ComponentInfo;
import io.jalloy.runtime.metrics.ComponentMetrics;
import io.jalloy.runtime.testcomponents.CounterProvider;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeDirectoryTest {

    @TempDir
    Path data;

    private BuiltinNode<?, ?> node(String module, String localId) {
        NodeGlobals g = new NodeGlobals(data, Clock.systemUTC(), Stability.GENERALLY_AVAILABLE, new ComponentMetrics(),
                module, n -> {});
        return new BuiltinNode<>(g, new CounterProvider(), localId, localId.substring(localId.lastIndexOf('.') + 1));
    }

    @Test
    void nodesAreListedPerModuleSortedWithTheirEdges() {
        NodeDirectory dir = new NodeDirectory();
        dir.put(node("", "testcomponents.counter.b"), List.of("testcomponents.counter.a"), List.of());
        dir.put(node("", "testcomponents.counter.a"), List.of(), List.of("testcomponents.counter.b"));
        dir.put(node("module.file.m", "testcomponents.counter.c"), List.of(), List.of());

        assertThat(dir.listComponents("")).extracting(ComponentInfo::localId)
                .containsExactly("testcomponents.counter.a", "testcomponents.counter.b");
        assertThat(dir.component("testcomponents.counter.b")).get()
                .extracting(ComponentInfo::referencesTo).isEqualTo(List.of("testcomponents.counter.a"));
        assertThat(dir.component("module.file.m/testcomponents.counter.c")).get()
                .extracting(ComponentInfo::moduleId).isEqualTo("module.file.m");
        assertThat(dir.allComponents()).hasSize(3);
        assertThat(dir.listComponents("module.file.none")).isEmpty();
    }

    @Test
    void removedNodesDisappear() {
        NodeDirectory dir = new NodeDirectory();
        dir.put(node("", "testcomponents.counter.a"), List.of(), List.of());
        dir.remove("", "testcomponents.counter.a");
        assertThat(dir.component("testcomponents.counter.a")).isEmpty();
        assertThat(dir.allComponents()).isEmpty();
    }
}
