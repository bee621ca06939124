package io.jalloy.runtime.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.component.HealthState;
import io.jalloy.component.Stability;
import io.jalloy.runtime.metrics.ComponentMetrics;
import io.jalloy.runtime.testcomponents.CounterProvider;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltinNodeTest {

    @TempDir
    Path data;

    private final List<String> changed = new ArrayList<>();

    private BuiltinNode<CounterProvider.Arguments, CounterProvider.Exports> node(String controllerId) {
        NodeGlobals g = new NodeGlobals(data, Clock.systemUTC(), Stability.GENERALLY_AVAILABLE, new ComponentMetrics(),
                controllerId, n -> changed.add(n.globalId()));
        return new BuiltinNode<>(g, new CounterProvider(), "testcomponents.counter.a", "a");
    }

    @Test
    void aBlockBodyIsDecodedWithDefaultsAndBuildsTheComponent() throws Exception {
        var node = node("");
        SourceFile src = SourceFile.of("main.alloy", "testcomponents.counter \"a\" {\n  start = 1 + 2\n}\n");
        BlockStmt b = (BlockStmt) Parser.parseFile(src).body().getFirst();
        node.evaluate(b, new Decoder(new Evaluator(src)), Scope.empty());
        assertThat(node.arguments()).isEqualTo(new CounterProvider.Arguments(3, Duration.ofMinutes(1), false));
        assertThat(node.exports()).isEqualTo(new CounterProvider.Exports(3));
        assertThat(changed).containsExactly("testcomponents.counter.a");
        assertThat(node.currentHealth().message()).isEqualTo("component created"); // not run yet: unknown wins
    }

    @Test
    void decodingFailureIsThrownWithItsPositionAndMakesTheNodeUnhealthy() throws Exception {
        var node = node("");
        SourceFile src = SourceFile.of("main.alloy", "testcomponents.counter \"a\" {\n  start = \"x\"\n}\n");
        BlockStmt b = (BlockStmt) Parser.parseFile(src).body().getFirst();
        assertThatThrownBy(() -> node.evaluate(b, new Decoder(new Evaluator(src)), Scope.empty()))
                .isInstanceOf(Diagnostics.class)
                .hasMessageContaining("main.alloy:2:");
        assertThat(node.currentHealth().state()).isEqualTo(HealthState.UNHEALTHY);
        assertThat(node.currentHealth().message()).startsWith("component evaluation failed: decoding configuration: main.alloy:2:");
    }

    @Test
    void componentsInsideModulesGetAGlobalIdDataPathAndRoutePrefixUnderTheModule() {
        var node = node("module.file.m");
        assertThat(node.globalId()).isEqualTo("module.file.m/testcomponents.counter.a");
        assertThat(node.options().dataPath()).isEqualTo(data.resolve("module.file.m/testcomponents.counter.a"));
        assertThat(node.options().http().pathPrefix())
                .isEqualTo("/api/v0/component/module.file.m/testcomponents.counter.a/");
        assertThat(node.info().moduleId()).isEqualTo("module.file.m");
        assertThat(node.info().localId()).isEqualTo("testcomponents.counter.a");
    }

    @Test
    void equalArgumentsDoNotReachUpdateAndUnchangedExportsDoNotNotify() throws Exception {
        var node = node("");
        node.evaluate(new CounterProvider.Arguments(5, Duration.ofHours(1), false));
        node.evaluate(new CounterProvider.Arguments(5, Duration.ofHours(1), false));
        assertThat(changed).hasSize(1);
        assertThat(node.currentHealth().state()).isEqualTo(HealthState.UNKNOWN);
    }

    @Test
    void startingAnUnbuiltNodeFails() {
        assertThatThrownBy(() -> node("").start()).hasMessage("managed component not built");
    }
}
