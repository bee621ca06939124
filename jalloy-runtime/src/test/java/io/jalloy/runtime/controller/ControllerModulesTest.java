package io.jalloy.runtime.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.runtime.controller.testcomponents.Pipeline;
import io.jalloy.syntax.diag.Diagnostic;
import org.junit.jupiter.api.Test;

class ControllerModulesTest extends PipelineControllerTest {

    private static final String MODULE = """
            declare "double_it" {
              argument "in" { }
              argument "extra" {
                optional = true
                default  = 0
              }
              test.doubler "d" { input = argument.in.value + argument.extra.value }
              export "out" { value = test.doubler.d.output }
            }
            """;






    @Test
    void aDeclaredComponentRunsItsBodyWithItsArgumentsAndExportsItsExportBlocks() {
        assertThat(load(MODULE + """
                test.source "a" { value = 3 }
                double_it "m" { in = test.source.a.value }
                test.doubler "after" { input = double_it.m.out }
                """).list()).isEmpty();
        assertThat(exports("test.doubler.after")).isEqualTo(new Pipeline.DoublerExports(12));
    }

    @Test
    void optionalArgumentsTakeTheirDefaultsAndGivenOnesWin() {
        load(MODULE + """
                double_it "m" {
                  in    = 1
                  extra = 2
                }
                test.doubler "after" { input = double_it.m.out }
                """);
        assertThat(exports("test.doubler.after")).isEqualTo(new Pipeline.DoublerExports(12));
    }

    @Test
    void newExportsFlowIntoTheModuleAndItsExportsFlowOut() throws Exception {
        load(MODULE + """
                test.source "a" { value = 3 }
                double_it "m" { in = test.source.a.value }
                test.doubler "after" { input = double_it.m.out }
                """);
        @SuppressWarnings("unchecked")
        Pipeline.Running<Pipeline.SourceArgs, Pipeline.SourceExports> source =
                (Pipeline.Running<Pipeline.SourceArgs, Pipeline.SourceExports>) controller.node("test.source.a").orElseThrow().component();
        source.publish(new Pipeline.SourceExports(5));
        Eventually.holds(() -> new Pipeline.DoublerExports(20).equals(exports("test.doubler.after")));
    }

    @Test
    void missingAndUnknownArgumentsAreReported() {
        assertThat(load(MODULE + "double_it \"m\" { }\n").list()).extracting(Diagnostic::message).containsExactly(
                "Failed to evaluate node for config block: missing required argument \"in\" to module");
        assertThat(load(MODULE + "double_it \"m\" {\n  in = 1\n  nope = 2\n}\n").list()).extracting(Diagnostic::message)
                .containsExactly("Provided argument \"nope\" is not defined in the module");
    }

    @Test
    void rootOnlyBlocksAreRefusedInsideModules() {
        assertThat(load("""
                declare "m" {
                  logging { }
                }
                m "x" { }
                """).list()).extracting(Diagnostic::toString)
                .containsExactly("main.alloy:2:3: logging block not allowed inside a module");
    }

    @Test
    void declaresAreVisibleInsideNestedModules() {
        assertThat(load(MODULE + """
                declare "outer" {
                  argument "v" { }
                  double_it "inner" { in = argument.v.value }
                  export "out" { value = double_it.inner.out }
                }
                outer "o" { v = 2 }
                test.doubler "after" { input = outer.o.out }
                """).list()).isEmpty();
        assertThat(exports("test.doubler.after")).isEqualTo(new Pipeline.DoublerExports(8));
    }

    @Test
    void moduleComponentsAreListedUnderTheirModuleId() {
        load(MODULE + "double_it \"m\" { in = 1 }\n");
        assertThat(controller.listComponents("double_it.m")).extracting(i -> i.globalId())
                .containsExactly("double_it.m/test.doubler.d");
        assertThat(controller.allComponents()).hasSize(1);
        load("test.source \"a\" { value = 1 }\n");
        assertThat(controller.listComponents("double_it.m")).isEmpty();
        assertThat(controller.allComponents()).extracting(i -> i.globalId()).containsExactly("test.source.a");
    }

    @Test
    void reloadingWithAChangedDeclareReloadsItsModulesAndKeepsTheirComponents() {
        String use = "double_it \"m\" { in = 1 }\ntest.doubler \"after\" { input = double_it.m.out }\n";
        load(MODULE + use);
        var before = controller.component("double_it.m", "test.doubler.d").orElseThrow().arguments();
        assertThat(load(MODULE.replace("argument.in.value + argument.extra.value", "argument.in.value + 10") + use).list())
                .isEmpty();
        assertThat(before).isEqualTo(new Pipeline.DoublerArgs(1));
        assertThat(controller.component("double_it.m", "test.doubler.d").orElseThrow().arguments())
                .isEqualTo(new Pipeline.DoublerArgs(11));
        assertThat(exports("test.doubler.after")).isEqualTo(new Pipeline.DoublerExports(44));
    }
}
