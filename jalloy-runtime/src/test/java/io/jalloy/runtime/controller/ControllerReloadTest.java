package io.jalloy.runtime.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.runtime.controller.testcomponents.Pipeline;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reload is evaluated whole before anything is swapped; a refused one leaves the running graph as it was. */
class ControllerReloadTest extends PipelineControllerTest {
    private static final List<String> IDS = List.of("test.source.a", "test.doubler.once", "test.doubler.twice");

    private static final String CHAIN = """
            test.doubler "twice" { input = test.doubler.once.output }
            test.doubler "once" { input = test.source.a.value }
            test.source "a" { value = 3 }
            """;

    /** A config that changes test.source.a (so a swap would update it and its readers) plus {@code extra}. */
    private static String changedWith(String extra) {
        return CHAIN.replace("value = 3", "value = 4") + extra;
    }

    private Map<String, Object> instances() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String id : IDS) {
            out.put(id, controller.node(id).orElseThrow().component());
        }
        return out;
    }

    private void assertUntouched(Map<String, Object> before) {
        assertThat(instances()).isEqualTo(before);
        for (String id : IDS) {
            assertThat(((Pipeline.Running<?, ?>) controller.node(id).orElseThrow().component()).updates).as(id).hasValue(0);
        }
        assertThat(controller.listComponents("")).extracting(i -> i.localId()).containsExactlyInAnyOrderElementsOf(IDS);
        assertThat(exports("test.doubler.twice")).isEqualTo(new Pipeline.DoublerExports(12));
    }

    private static List<String> messages(Diagnostics d) {
        return d.list().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aReloadWhoseNewComponentReadsAnExportOfTheWrongTypeIsRefusedAndChangesNothing() {
        assertThat(load(CHAIN).list()).isEmpty();
        Map<String, Object> before = instances();

        Diagnostics d = load(changedWith("test.doubler \"new\" { input = test.doubler.once }\n"));

        assertThat(d.hasErrors()).isTrue();
        assertThat(messages(d)).singleElement().asString().startsWith("main.alloy:4:").contains("expected number");
        assertUntouched(before);
        assertThat(controller.node("test.doubler.new")).isEmpty();
    }

    @Test
    void aReloadReadingAnExistingExportIsCheckedAgainstItsCurrentValue() {
        load(CHAIN);
        Map<String, Object> before = instances();

        // test.doubler.once.output is 6 now (its zero value, 0, would be a valid index).
        Diagnostics d = load(changedWith("test.source \"b\" { value = [1, 2][test.doubler.once.output] }\n"));

        assertThat(d.hasErrors()).isTrue();
        assertThat(messages(d)).singleElement().asString().startsWith("main.alloy:4:");
        assertUntouched(before);
    }

    @Test
    void aReloadWithAnErrorInsideADeclareBodyIsRefusedAndChangesNothing() {
        load(CHAIN);
        Map<String, Object> before = instances();

        Diagnostics d = load(changedWith("""
                declare "broken" {
                  test.source "inner" { value = "not a number" }
                }
                broken "m" { }
                """));

        assertThat(d.hasErrors()).isTrue();
        assertThat(messages(d)).singleElement().asString().startsWith("main.alloy:5:");
        assertUntouched(before);
    }

    @Test
    void aReloadWithAnErrorInsideAnImportedModuleIsRefusedAndChangesNothing() {
        load(CHAIN);
        Map<String, Object> before = instances();

        Diagnostics d = load(changedWith("""
                import.string "lib" {
                  content = `declare "inner" { test.doubler "x" { input = test.source.nothing.value } }`
                }
                lib.inner "m" { }
                """));

        assertThat(d.hasErrors()).isTrue();
        assertUntouched(before);
    }

    @Test
    void aGoodReloadAfterARefusedOneAppliesNormally() {
        load(CHAIN);
        Map<String, Object> before = instances();
        assertThat(load(changedWith("test.doubler \"new\" { input = test.doubler.once }\n")).hasErrors()).isTrue();

        assertThat(load(changedWith("test.doubler \"new\" { input = test.doubler.once.output }\n")).list()).isEmpty();

        assertThat(instances()).isEqualTo(before);
        assertThat(exports("test.doubler.twice")).isEqualTo(new Pipeline.DoublerExports(16));
        assertThat(exports("test.doubler.new")).isEqualTo(new Pipeline.DoublerExports(16));
        assertThat(((Pipeline.Running<?, ?>) controller.node("test.source.a").orElseThrow().component()).updates).hasValue(1);
    }

    @Test
    void newComponentsReadingEachOtherAreCheckedAgainstZeroExports() {
        load(CHAIN);

        assertThat(load(CHAIN + """
                test.doubler "n2" { input = test.doubler.n1.output }
                test.doubler "n1" { input = test.source.a.value }
                """).list()).isEmpty();

        assertThat(exports("test.doubler.n2")).isEqualTo(new Pipeline.DoublerExports(12));
    }

    @Test
    void errorsThatOnlyNewComponentsZeroExportsCauseDoNotRefuseAReload() {
        load(CHAIN);

        // With n's zero exports the index is -5; n publishes 5 when created, so the load itself succeeds.
        assertThat(load(CHAIN + """
                test.source "m" { value = [1, 2][test.source.n.value - 5] }
                test.source "n" { value = 5 }
                """).list()).isEmpty();

        assertThat(exports("test.source.m")).isEqualTo(new Pipeline.SourceExports(1));
    }
}
