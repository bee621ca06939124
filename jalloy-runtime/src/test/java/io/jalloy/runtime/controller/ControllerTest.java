package io.jalloy.runtime.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.runtime.controller.testcomponents.Pipeline;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControllerTest extends PipelineControllerTest {





    @SuppressWarnings("unchecked")
    private <A extends Record, E extends Record> Pipeline.Running<A, E> running(String id) {
        return (Pipeline.Running<A, E>) controller.node(id).orElseThrow().component();
    }

    private static List<String> messages(Diagnostics d) {
        return d.list().stream().map(Diagnostic::toString).toList();
    }


    private static final String CHAIN = """
            test.doubler "twice" { input = test.doubler.once.output }
            test.doubler "once" { input = test.source.a.value }
            test.source "a" { value = 3 }
            test.source "unrelated" { value = 1 }
            """;

    @Test
    void componentsAreEvaluatedInDependencyOrderWhateverTheWritingOrder() {
        assertThat(load(CHAIN).list()).isEmpty();
        assertThat(exports("test.doubler.once")).isEqualTo(new Pipeline.DoublerExports(6));
        assertThat(exports("test.doubler.twice")).isEqualTo(new Pipeline.DoublerExports(12));
    }

    @Test
    void newExportsReEvaluateOnlyTheComponentsThatReferenceThem() throws Exception {
        load(CHAIN);
        Pipeline.Running<Pipeline.SourceArgs, Pipeline.SourceExports> source = running("test.source.a");
        source.publish(new Pipeline.SourceExports(5));
        Eventually.holds(() -> new Pipeline.DoublerExports(20).equals(exports("test.doubler.twice")));
        assertThat(exports("test.doubler.once")).isEqualTo(new Pipeline.DoublerExports(10));
        assertThat(running("test.source.unrelated").updates).hasValue(0);
        assertThat(running("test.source.a").updates).hasValue(0);
    }

    @Test
    void reloadingTheSameConfigUpdatesNothing() {
        load(CHAIN);
        assertThat(load(CHAIN).list()).isEmpty();
        for (String id : List.of("test.source.a", "test.doubler.once", "test.doubler.twice")) {
            assertThat(running(id).updates).as(id).hasValue(0);
        }
    }

    @Test
    void reloadingKeepsRunningComponentsAndUpdatesChangedOnes() {
        load(CHAIN);
        Object before = running("test.doubler.once");
        load(CHAIN.replace("value = 3", "value = 4"));
        assertThat(running("test.doubler.once")).isSameAs(before);
        assertThat(running("test.doubler.once").updates).hasValue(1);
        assertThat(exports("test.doubler.twice")).isEqualTo(new Pipeline.DoublerExports(16));
    }

    @Test
    void componentsLeftOutOfANewConfigAreRemoved() {
        load(CHAIN);
        load("test.source \"a\" { value = 3 }\n");
        assertThat(controller.listComponents("")).extracting(i -> i.localId()).containsExactly("test.source.a");
    }

    @Test
    void unknownComponentsAndReferencesAreRejectedAndTheRunningGraphKept() {
        load(CHAIN);
        Diagnostics d = load("""
                foo.bar "x" {}
                test.doubler "d" { input = test.source.missing.value }
                """);
        assertThat(messages(d)).containsExactly(
                "main.alloy:1:1: cannot find the definition of component name \"foo.bar\"",
                "main.alloy:2:28: component \"test.source.missing.value\" does not exist or is out of scope");
        assertThat(controller.listComponents("")).hasSize(4);
    }

    @Test
    void cyclesAndSelfReferencesAreRejectedWithAlloysLoaderTexts() {
        Diagnostics d = load("""
                test.doubler "a" { input = test.doubler.b.output }
                test.doubler "b" { input = test.doubler.a.output }
                test.doubler "c" { input = test.doubler.c.output }
                """);
        assertThat(d.list()).extracting(Diagnostic::message).containsExactly(
                "cycle: test.doubler.a, test.doubler.b", "self reference: test.doubler.c");
    }

    @Test
    void duplicateIdsAndMissingLabelsAreRejected() {
        assertThat(messages(load("""
                test.source "a" { value = 1 }
                test.source "a" { value = 2 }
                test.source { value = 3 }
                """))).containsExactly(
                "main.alloy:2:1: block test.source.a already declared at main.alloy:1:1",
                "main.alloy:3:1: component \"test.source\" must have a label");
    }

    @Test
    void decodingErrorsAreReportedAndTheOtherComponentsStillRun() {
        Diagnostics d = load("""
                test.source "bad" { value = "x" }
                test.source "good" { value = 2 }
                """);
        assertThat(d.hasErrors()).isTrue();
        assertThat(d.list().get(0).start().line()).isEqualTo(1);
        assertThat(exports("test.source.good")).isEqualTo(new Pipeline.SourceExports(2));
    }

    @Test
    void standardLibraryNamesAreNotReferences() {
        assertThat(load("test.source \"a\" { value = array.concat([1], [2])[1] }\n").list()).isEmpty();
        assertThat(exports("test.source.a")).isEqualTo(new Pipeline.SourceExports(2));
    }

    @Test
    void argumentAndExportBlocksAreRejectedAtTheRoot() {
        assertThat(messages(load("argument \"a\" { }\nexport \"b\" { value = 1 }\n"))).containsExactly(
                "main.alloy:1:1: argument blocks only allowed inside a module",
                "main.alloy:2:1: export blocks only allowed inside a module");
    }

    @Test
    void foreachIsRefusedBelowExperimental() {
        assertThat(messages(load("foreach \"f\" {\n  collection = []\n  var = \"x\"\n  template { }\n}\n")))
                .singleElement().asString().startsWith("main.alloy:1:1: config block \"foreach\" is at stability level \"experimental\"");
    }

    @Test
    void experimentalStdlibFunctionsAreRefusedBelowExperimental() {
        assertThat(messages(load("test.source \"a\" { value = array.combine_maps([], [], [\"x\"])[0] }\n")))
                .singleElement().asString().startsWith("main.alloy:1:27: array.combine_maps is at stability level");
    }

    @Test
    void declaredComponentsAreKnownNamesEvenThoughModulesDoNotRunYet() {
        assertThat(load("declare \"m\" { }\nm \"x\" { }\n").list()).isEmpty();
    }

    @Test
    void recursiveDeclaresAreCycles() {
        assertThat(load("declare \"a\" { b \"x\" { } }\ndeclare \"b\" { a \"y\" { } }\n").list())
                .extracting(Diagnostic::message).containsExactly("cycle: declare.a, declare.b");
    }

    @Test
    void theComponentListCarriesReferenceEdgesBothWays() {
        load(CHAIN);
        var once = controller.component("", "test.doubler.once").orElseThrow();
        assertThat(once.referencesTo()).containsExactly("test.source.a");
        assertThat(once.referencedBy()).containsExactly("test.doubler.twice");
        assertThat(once.arguments()).isEqualTo(new Pipeline.DoublerArgs(3));
    }
}
