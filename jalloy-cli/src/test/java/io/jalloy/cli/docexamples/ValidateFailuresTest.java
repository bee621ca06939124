package io.jalloy.cli.docexamples;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.runtime.registry.ComponentRegistry;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BlockStmt;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doc-block validation can fail: a documentation block made wrong makes {@code jalloy validate
 * --env-file} exit non-zero with a {@code file:line:col} diagnostic, also where only decoding the
 * arguments finds the mistake (a value from the environment, in a block that reads other components
 * or sits in a declare).
 */
class ValidateFailuresTest {
    private static AlloyComponents kinds;
    private static ComponentRegistry registry;

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() throws Exception {
        kinds = AlloyComponents.load();
        registry = ComponentRegistry.load();
    }

    @Test
    void aMisspeltAttributeInADocBlockFailsAtItsPosition() throws Exception {
        StandAloneConfig c = standAlone(firstTopLevel("loki.source.file", "forward_to"));
        String broken = c.config().replaceFirst("forward_to(\\s*)=", "forward_too$1=");
        int line = lineOf(broken, "forward_too");

        InProcessValidate.Result r = InProcessValidate.run(dir, "negative_misspelt", broken, c.env());

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
        assertThat(r.stderr()).containsPattern("config\\.alloy:" + line + ":\\d+: unrecognized attribute name \"forward_too\"");
    }

    @Test
    void anUnknownBlockInADocBlockFailsAtItsPosition() throws Exception {
        StandAloneConfig c = standAlone(firstTopLevel("prometheus.remote_write", "endpoint"));
        String broken = insertAfterFirstLine(c.config(), "  endpoints {\n  }\n");

        InProcessValidate.Result r = InProcessValidate.run(dir, "negative_block", broken, c.env());

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
        assertThat(r.stderr()).contains("config.alloy:2:3: unrecognized block name \"endpoints\"");
    }

    /** Only decoding finds this one: the value comes from the environment, in a block that reads other components. */
    @Test
    void aWrongTypeFromTheEnvironmentInABlockReadingOtherComponentsFailsAtItsPosition() throws Exception {
        StandAloneConfig c = standAlone(firstTopLevel("loki.source.file", "forward_to"));
        assertThat(c.stubs()).as("the block reads other components").isNotEmpty();
        String broken = insertAfterFirstLine(c.config(), "  tail_from_end = sys.env(\"TAIL\")\n");
        Map<String, String> env = new LinkedHashMap<>(c.env());
        env.put("TAIL", "sometimes");

        InProcessValidate.Result r = InProcessValidate.run(dir, "negative_type", broken, env);

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
        assertThat(r.stderr()).contains("config.alloy:2:19: expected bool, got string");
    }

    /** A receiver where a list of them goes: only decoding, with the receiver's real type, finds it. */
    @Test
    void aReceiverWhereAListGoesFailsAtItsPosition() throws Exception {
        StandAloneConfig c = standAlone(firstTopLevel("loki.source.file", "forward_to"));
        String broken = c.config().replaceFirst("forward_to(\\s*)=(\\s*)\\[([^\\]]+)\\]", "forward_to$1=$2$3");
        int line = lineOf(broken, "forward_to");

        InProcessValidate.Result r = InProcessValidate.run(dir, "negative_receiver", broken, c.env());

        assertThat(r.exitCode()).as(broken + r.stderr()).isEqualTo(1);
        assertThat(r.stderr()).containsPattern("config\\.alloy:" + line + ":\\d+: expected array, got capsule");
    }

    /** A value the component's own decoding refuses (a duration), also in a block reading other components. */
    @Test
    void aBadDurationFromTheEnvironmentInAScrapeBlockFailsAtItsPosition() throws Exception {
        StandAloneConfig c = standAlone(firstTopLevel("prometheus.scrape", "forward_to"));
        assertThat(c.stubs()).as("the block reads other components").isNotEmpty();
        String broken = insertAfterFirstLine(c.config(), "  scrape_interval = sys.env(\"INTERVAL\")\n");
        Map<String, String> env = new LinkedHashMap<>(c.env());
        env.put("INTERVAL", "soon");

        InProcessValidate.Result r = InProcessValidate.run(dir, "negative_duration", broken, env);

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
        assertThat(r.stderr()).containsPattern("config\\.alloy:2:21: .*soon");
    }

    /** Blocks in declare bodies are decoded too (what reads an argument aside). */
    @Test
    void aBadDurationFromTheEnvironmentInABlockInsideADeclareFailsAtItsPosition() throws Exception {
        DocBlock b = DocBlock.all().stream()
                .filter(d -> d.topLevel() instanceof BlockStmt top && top.fullName().equals("declare"))
                .filter(d -> d.block().fullName().equals("prometheus.scrape")).findFirst().orElseThrow();
        StandAloneConfig c = standAlone(b);
        String header = b.src().lineText(b.src().position(b.block().start()).line());
        int at = c.config().indexOf(header) + header.length() + 1;
        String broken = c.config().substring(0, at) + "    scrape_interval = sys.env(\"INTERVAL\")\n" + c.config().substring(at);
        Map<String, String> env = new LinkedHashMap<>(c.env());
        env.put("INTERVAL", "soon");

        InProcessValidate.Result r = InProcessValidate.run(dir, "negative_declare", broken, env);

        assertThat(r.exitCode()).as(broken + r.stderr()).isEqualTo(1);
        assertThat(r.stderr()).containsPattern("config\\.alloy:" + lineOf(broken, "scrape_interval") + ":23: .*soon");
    }

    /** The first valid top-level doc block of {@code kind} that sets the attribute or block {@code field}. */
    private DocBlock firstTopLevel(String kind, String field) throws Exception {
        return DocBlock.all().stream()
                .filter(b -> b.block() == b.topLevel() && b.block().fullName().equals(kind))
                .filter(b -> !DocExampleValidateTest.ALLOY_REJECTS.containsKey(b.key()))
                .filter(b -> b.block().body().stream().anyMatch(s -> switch (s) {
                    case AttributeStmt a -> a.name().name().equals(field);
                    case BlockStmt inner -> inner.fullName().equals(field);
                }))
                .findFirst().orElseThrow();
    }

    private StandAloneConfig standAlone(DocBlock b) {
        return StandAloneConfig.of(b.src(), b.topLevel(), b.block(), kinds, registry);
    }

    private static String insertAfterFirstLine(String text, String insert) {
        int nl = text.indexOf('\n') + 1;
        return text.substring(0, nl) + insert + text.substring(nl);
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(ch -> ch == '\n').count() + 1;
    }
}
