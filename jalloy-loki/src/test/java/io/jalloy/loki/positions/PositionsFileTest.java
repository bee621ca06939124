package io.jalloy.loki.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PositionsFileTest {
    @TempDir
    Path dir;

    @Test
    void readsTheFileGoWroteWithComplexKeysAndQuotedLabels() throws Exception {
        Path f = Files.writeString(dir.resolve("positions.yml"), """
                some_new_property: new_unexpected_value
                positions:
                  ? path: /tmp/random.log
                    labels: '{job="tmp"}'
                  : "17623"
                  ? path: /tmp/nolabels.log
                    labels: ''
                  : "10020"
                  ? path: /tmp/missinglabels.log
                  : "10040"
                """);
        assertThat(PositionsFile.read(f)).containsOnly(
                Map.entry(new PositionKey("/tmp/random.log", "{job=\"tmp\"}"), "17623"),
                Map.entry(new PositionKey("/tmp/nolabels.log", ""), "10020"),
                Map.entry(new PositionKey("/tmp/missinglabels.log", ""), "10040"));
    }

    @Test
    void readsLabelsThatGoFoldedOverSeveralLines() throws Exception {
        Path f = Files.writeString(dir.resolve("positions.yml"), """
                positions:
                  ? path: /var/log/app.log
                    labels: '{cluster="production-eu-west-1", job="integrations/kubernetes/a-rather-long-name",
                      namespace="default"}'
                  : "42"
                """);
        assertThat(PositionsFile.read(f)).containsOnly(Map.entry(new PositionKey("/var/log/app.log",
                "{cluster=\"production-eu-west-1\", job=\"integrations/kubernetes/a-rather-long-name\", namespace=\"default\"}"), "42"));
    }

    @Test
    void writtenPositionsReadBackUnchanged() throws Exception {
        Map<PositionKey, String> in = Map.of(
                new PositionKey("/tmp/a \"quoted\".log", "{job=\"a\\\\b\", x=\"ü\"}"), "10",
                new PositionKey("/tmp/b.log", "{}"), "20",
                new PositionKey("cursor-loki.source.journal.x", ""), "s=abc;i=1");
        Path f = dir.resolve("positions.yml");
        PositionsFile.write(f, in);
        assertThat(PositionsFile.read(f)).isEqualTo(in);
        assertThat(Files.readString(f)).startsWith("positions:\n  ? path: ");
    }

    @Test
    void emptyAndMissingFilesHoldNoPositions() throws Exception {
        assertThat(PositionsFile.read(dir.resolve("none.yml"))).isEmpty();
        assertThat(PositionsFile.read(Files.writeString(dir.resolve("empty.yml"), ""))).isEmpty();
        Path f = dir.resolve("written.yml");
        PositionsFile.write(f, Map.of());
        assertThat(PositionsFile.read(f)).isEmpty();
    }

    @Test
    void badYamlIsReportedWithTheFileName() throws Exception {
        Path f = Files.writeString(dir.resolve("positions.yml"), """
                positions:
                  ? path: /tmp/random.log
                    labels: "{}"
                  : "176
                """);
        assertThatThrownBy(() -> PositionsFile.read(f)).hasMessageStartingWith("invalid yaml positions file [" + f + "]");
    }

    @Test
    void aLegacyFileIsConvertedWithEmptyLabelsUnlessANewFileExists() throws Exception {
        Path legacy = Files.writeString(dir.resolve("legacy.yml"), "positions:\n  /tmp/random.log: \"17623\"\n");
        Path target = dir.resolve("positions.yml");
        Positions.convertLegacy(legacy, target, System.getLogger("test"));
        assertThat(PositionsFile.read(target)).containsOnly(Map.entry(new PositionKey("/tmp/random.log", "{}"), "17623"));

        PositionsFile.write(target, Map.of(new PositionKey("/tmp/new.log", ""), "100"));
        Positions.convertLegacy(legacy, target, System.getLogger("test"));
        assertThat(PositionsFile.read(target)).containsOnly(Map.entry(new PositionKey("/tmp/new.log", ""), "100"));
    }

    @Test
    void aCorruptOffsetIsReportedWhenAsked() throws Exception {
        Path f = Files.writeString(dir.resolve("positions.yml"),
                "positions:\n  ? path: /tmp/a.log\n    labels: '{}'\n  : \"abc\"\n");
        Positions p = Positions.open(f, System.getLogger("test"));
        assertThatThrownBy(() -> p.get(new PositionKey("/tmp/a.log", "{}"))).isInstanceOf(NumberFormatException.class);
        assertThat(p.get(new PositionKey("/tmp/other.log", "{}"))).isZero();
    }
}
