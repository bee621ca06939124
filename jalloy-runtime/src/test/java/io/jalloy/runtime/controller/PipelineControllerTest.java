package io.jalloy.runtime.controller;

import io.jalloy.runtime.controller.testcomponents.Pipeline;
import io.jalloy.runtime.metrics.ComponentMetrics;
import io.jalloy.runtime.node.BuiltinNode;
import io.jalloy.runtime.registry.ComponentRegistry;
import io.jalloy.syntax.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Shared set-up for controller tests: a controller over the test.source and test.doubler components. */
abstract class PipelineControllerTest {
    @TempDir
    Path data;
    Controller controller;

    static ComponentRegistry registry() {
        return ComponentRegistry.of(List.of(new Pipeline.SourceProvider(), new Pipeline.DoublerProvider()));
    }

    /** The options the controller starts with; tests may override. */
    ControllerOptions options() {
        return ControllerOptions.defaults(registry(), data.resolve("storage"), new ComponentMetrics());
    }

    @BeforeEach
    void startController() {
        controller = new Controller(options());
    }

    @AfterEach
    void stopController() {
        controller.close();
    }

    Diagnostics load(String config) {
        return controller.load(Source.of("main.alloy", config));
    }

    /** The exports of root component {@code id}, null when absent. */
    Object exports(String id) {
        return controller.node(id).map(BuiltinNode::exports).orElse(null);
    }
}
