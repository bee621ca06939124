package io.jalloy.runtime.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.component.Stability;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    private static final ComponentSchemas COMPONENTS = ComponentSchemas.of(List.of(
            ComponentSchema.ga("test.source", BlockSchema.builder()
                    .required("name", ValueSpec.STRING)
                    .optional("count", ValueSpec.NUMBER)
                    .build()),
            ComponentSchema.ga("test.sink", BlockSchema.builder()
                    .optional("input", ValueSpec.ANY)
                    .blocks("rule", BlockSchema.builder().optional("enabled", ValueSpec.BOOL).build(), false)
                    .block("tls", BlockSchema.EMPTY, false)
                    .build()),
            new ComponentSchema("test.preview", Stability.PUBLIC_PREVIEW, false, BlockSchema.EMPTY),
            new ComponentSchema("test.community", Stability.EXPERIMENTAL, true, BlockSchema.EMPTY)));

    private static List<String> messages(String config) {
        return messages(config, ValidationOptions.defaults(COMPONENTS));
    }

    private static List<String> messages(String config, ValidationOptions options) {
        return Validator.validate(Source.of("main.alloy", config), options).list().stream()
                .map(Diagnostic::toString).toList();
    }

    @Test
    void aValidConfigHasNoDiagnostics() {
        assertThat(messages("""
                test.source "a" { name = "x" }
                test.sink "b" { input = test.source.a.output }
                """)).isEmpty();
    }

    @Test
    void unknownComponentsAreNamed() {
        assertThat(messages("foo.bar \"x\" {}\n"))
                .containsExactly("main.alloy:1:1: cannot find the definition of component name \"foo.bar\"");
    }

    @Test
    void componentsBelowTheStabilityLevelAreRefusedWithAlloysText() {
        assertThat(messages("test.preview \"x\" {}\n")).containsExactly("main.alloy:1:1: component \"test.preview\" is at "
                + "stability level \"public-preview\", which is below the minimum allowed stability level "
                + "\"generally-available\". Use --stability.level command-line flag to enable \"public-preview\" features");
        assertThat(messages("test.preview \"x\" {}\n",
                ValidationOptions.defaults(COMPONENTS).withMinStability(Stability.PUBLIC_PREVIEW))).isEmpty();
    }

    @Test
    void communityComponentsNeedTheirFlag() {
        assertThat(messages("test.community \"x\" {}\n")).singleElement().asString().contains("is a community component");
        assertThat(messages("test.community \"x\" {}\n",
                ValidationOptions.defaults(COMPONENTS).withCommunityComponents(true))).isEmpty();
    }

    @Test
    void attributesAndBlocksAreCheckedAgainstTheSchema() {
        assertThat(messages("""
                test.sink "b" {
                  input = 1
                  input = 2
                  rule = 3
                  tls {}
                  tls {}
                  other {}
                }
                """)).containsExactly(
                "main.alloy:3:3: attribute \"input\" may only be provided once",
                "main.alloy:4:3: \"rule\" must be a block, but is used as an attribute",
                "main.alloy:5:3: block \"tls\" may only be specified once",
                "main.alloy:6:3: block \"tls\" may only be specified once",
                "main.alloy:7:3: unrecognized block name \"other\"");
    }

    @Test
    void literalValuesOfTheWrongTypeAreReportedAtTheLiteral() {
        assertThat(messages("test.source \"a\" {\n  name = true\n  count = [1]\n}\n")).containsExactly(
                "main.alloy:2:10: expected string, got bool",
                "main.alloy:3:11: expected number, got array");
    }

    @Test
    void numbersConvertToStringsAsInAlloy() {
        assertThat(messages("test.source \"a\" { name = 8080 }\n")).isEmpty();
    }

    @Test
    void shadowingAStdlibNameIsAWarning() {
        List<Diagnostic> diags = Validator.validate(Source.of("main.alloy", """
                declare "sys" { }
                sys "x" { }
                test.sink "b" { input = sys.x.y }
                """), ValidationOptions.defaults(COMPONENTS)).list();
        assertThat(diags).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).isEqualTo("a component is shadowing an existing stdlib name");
        });
    }

    @Test
    void aTopLevelAttributeRejectsItsFile() {
        assertThat(messages("x = 1\n")).containsExactly("main.alloy:1:1: unrecognized attribute x");
    }

    @Test
    void parseErrorsStopValidation() {
        assertThat(messages("foo.bar \"x\" {\n")).isNotEmpty().allSatisfy(m -> assertThat(m).doesNotContain("definition"));
    }
}
