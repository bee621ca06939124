package io.jalloy.runtime.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.component.Stability;
import io.jalloy.runtime.ComponentInfo;
import io.jalloy.runtime.controller.testcomponents.Pipeline;
import io.jalloy.runtime.metrics.ComponentMetrics;
import io.jalloy.syntax.diag.Diagnostic;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ControllerForeachTest extends PipelineControllerTest {

    @Override
    ControllerOptions options() {
        return new ControllerOptions(registry(), data.resolve("storage"), Clock.systemUTC(), Stability.EXPERIMENTAL,
                new ComponentMetrics(), name -> null, Set.of());
    }




    private static String foreach(String collection, String input) {
        return "foreach \"f\" {\n  collection = " + collection + "\n  var = \"num\"\n  template {\n"
                + "    test.doubler \"d\" { input = " + input + " }\n  }\n}\n";
    }

    private List<String> ids() {
        return controller.allComponents().stream().map(ComponentInfo::globalId).sorted().toList();
    }

    private Object argumentsOf(String globalId) {
        return controller.allComponents().stream().filter(i -> i.globalId().equals(globalId))
                .findFirst().orElseThrow().arguments();
    }

    private Object exportsOf(String globalId) {
        return controller.allComponents().stream().filter(i -> i.globalId().equals(globalId))
                .findFirst().orElseThrow().exports();
    }


    @Test
    void eachItemRunsTheTemplateWithItsValueUnderAlloysChildIds() {
        assertThat(load(foreach("[1, 2]", "num")).list()).isEmpty();
        assertThat(ids()).containsExactly("foreach.f/foreach_1_1/test.doubler.d", "foreach.f/foreach_2_1/test.doubler.d");
        assertThat(argumentsOf("foreach.f/foreach_2_1/test.doubler.d")).isEqualTo(new Pipeline.DoublerArgs(2));
    }

    @Test
    void duplicateItemsAndStringsGetDistinctSanitisedIds() {
        load("""
                foreach "f" {
                  collection = ["a.b", "a.b", true]
                  var = "item"
                  template {
                    test.source "s" { value = 1 }
                  }
                }
                """);
        assertThat(ids()).containsExactly("foreach.f/foreach_a_b_1/test.source.s", "foreach.f/foreach_a_b_2/test.source.s",
                "foreach.f/foreach_true_1/test.source.s");
    }

    @Test
    void templatesReadComponentsOutsideTheForeachAndFollowTheirChanges() throws Exception {
        load("test.source \"a\" { value = 10 }\n" + foreach("[1]", "num + test.source.a.value"));
        assertThat(argumentsOf("foreach.f/foreach_1_1/test.doubler.d")).isEqualTo(new Pipeline.DoublerArgs(11));
        @SuppressWarnings("unchecked")
        Pipeline.Running<Pipeline.SourceArgs, Pipeline.SourceExports> source =
                (Pipeline.Running<Pipeline.SourceArgs, Pipeline.SourceExports>) controller.node("test.source.a").orElseThrow().component();
        source.publish(new Pipeline.SourceExports(20));
        Eventually.holds(() -> new Pipeline.DoublerArgs(21).equals(argumentsOf("foreach.f/foreach_1_1/test.doubler.d")));
    }

    @Test
    void reloadingKeepsChildrenOfItemsThatStayAndDropsTheOthers() {
        load(foreach("[1, 2]", "num"));
        Object kept = exportsOf("foreach.f/foreach_2_1/test.doubler.d");
        load(foreach("[2, 3]", "num"));
        assertThat(ids()).containsExactly("foreach.f/foreach_2_1/test.doubler.d", "foreach.f/foreach_3_1/test.doubler.d");
        assertThat(exportsOf("foreach.f/foreach_2_1/test.doubler.d")).isSameAs(kept);
    }

    @Test
    void objectItemsCanBeIdentifiedByAField() {
        load("""
                foreach "f" {
                  collection = [{ name = "x", v = 1 }, { name = "y", v = 2 }]
                  var = "item"
                  id = "name"
                  template {
                    test.doubler "d" { input = item.v }
                  }
                }
                """);
        assertThat(ids()).containsExactly("foreach.f/foreach_x_1/test.doubler.d", "foreach.f/foreach_y_1/test.doubler.d");
    }

    @Test
    void aForeachWithoutTemplateFailsToBuild() {
        assertThat(load("foreach \"f\" {\n  collection = []\n  var = \"x\"\n}\n").list()).extracting(Diagnostic::message)
                .containsExactly("Failed to build component: the block template is missing in the foreach block");
    }
}
