package io.jalloy.runtime.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.component.Stability;
import io.jalloy.runtime.controller.internal.check.RecordSchemas;
import io.jalloy.runtime.controller.testcomponents.Pipeline;
import io.jalloy.runtime.registry.ComponentRegistry;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Enum;
import io.jalloy.syntax.decode.Squash;
import io.jalloy.syntax.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrySchemasTest {

    record Tls(@Attr(value = "cert_file", optional = true) String certFile) {}

    record Json(@Attr("expressions") Map<String, String> expressions) {}

    record Stage(@Block(value = "json", optional = true) Json json) {}

    record Client(@Attr(value = "bearer_token", optional = true) String bearerToken) {}

    record Args(
            @Attr("targets") List<Map<String, String>> targets,
            @Attr(value = "limit", optional = true) long limit,
            @Block(value = "tls", optional = true) Tls tls,
            @Block(value = "rule", optional = true) List<Tls> rules,
            @Enum(value = "stage", optional = true) List<Stage> stages,
            @Squash Client client) {}

    @Test
    void annotationsBecomeTheSchemaInDeclarationOrder() {
        BlockSchema s = RecordSchemas.of(Args.class);
        assertThat(s.fields()).extracting(BlockSchema.Field::name)
                .containsExactly("targets", "limit", "tls", "rule", "stage.json", "bearer_token");
        assertThat(s.field("targets").required()).isTrue();
        assertThat(s.field("rule")).isInstanceOfSatisfying(BlockSchema.Block.class,
                b -> assertThat(b.multiplicity()).isEqualTo(BlockSchema.Multiplicity.REPEATED));
        assertThat(s.field("tls")).isInstanceOfSatisfying(BlockSchema.Block.class,
                b -> assertThat(b.multiplicity()).isEqualTo(BlockSchema.Multiplicity.ONCE));
    }

    /** Like loki.process's stage.match: a stage whose body holds stages again. */
    record Nested(@Attr("selector") String selector, @Enum(value = "stage", optional = true) List<NestingStage> stages) {}

    record NestingStage(@Block(value = "match", optional = true) Nested match,
                        @Block(value = "json", optional = true) Json json) {}

    record NestingArgs(@Enum(value = "stage", optional = true) List<NestingStage> stages) {}

    @Test
    void aBlockNestedInItselfGetsItsOwnSchemaAtEveryDepth() {
        BlockSchema s = RecordSchemas.of(NestingArgs.class);

        BlockSchema match = ((BlockSchema.Block) s.field("stage.match")).schema();
        BlockSchema deeper = ((BlockSchema.Block) match.field("stage.match")).schema();
        assertThat(deeper.fields()).extracting(BlockSchema.Field::name)
                .containsExactly("selector", "stage.match", "stage.json");
        assertThat(((BlockSchema.Block) deeper.field("stage.json")).schema().field("expressions")).isNotNull();
    }

    private static List<String> validate(String config) {
        ComponentRegistry registry = ComponentRegistry.of(List.of(new Pipeline.SourceProvider(), new Pipeline.DoublerProvider()));
        ValidationOptions options = ValidationOptions.defaults(ComponentSchemas.fromRegistry(registry))
                .withMinStability(Stability.EXPERIMENTAL);
        return Validator.validate(Source.of("main.alloy", config), options).list().stream()
                .map(Diagnostic::toString).toList();
    }

    @Test
    void registeredComponentsAreValidatedAgainstTheirArgumentsRecords() {
        assertThat(validate("""
                test.source "a" { value = 1 }
                test.doubler "b" { input = test.source.a.value }
                """)).isEmpty();
        assertThat(validate("test.source \"a\" { }\n"))
                .containsExactly("main.alloy:1:1: missing required attribute \"value\"");
        assertThat(validate("test.source \"a\" { valu = 1 }\n")).containsExactly(
                "main.alloy:1:19: unrecognized attribute name \"valu\"",
                "main.alloy:1:1: missing required attribute \"value\"");
    }

    @Test
    void constantValuesAreDecodedWithTheDecodersTexts() {
        assertThat(validate("test.source \"a\" { value = true }\n"))
                .containsExactly("main.alloy:1:27: expected number, got bool");
    }
}
