package io.jalloy.loki.filematch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.discovery.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathMatcherTest {
    @TempDir
    Path dir;

    private final PathMatcher matcher = new PathMatcher(System.getLogger("test"), Clock.systemUTC());

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(dir.resolve("logs/a/b"));
        Files.createDirectories(dir.resolve("logs/excluded"));
        Files.createDirectories(dir.resolve("logs/dir.log"));
        for (String f : List.of("logs/top.log", "logs/a/mid.log", "logs/a/b/deep.log", "logs/a/b/deep.txt",
                "logs/excluded/x.log", "logs/.hidden.log")) {
            Files.writeString(dir.resolve(f), "x\n");
        }
    }

    private List<String> paths(List<Target> targets) {
        return targets.stream().map(t -> t.get("__path__")).map(p -> dir.relativize(Path.of(p)).toString()).toList();
    }

    @Test
    void doubleStarMatchesFilesAtEveryDepthButNoDirectories() {
        List<Target> out = matcher.match(List.of(Target.of("__path__", dir + "/logs/**/*.log")), Duration.ZERO);
        assertThat(paths(out)).containsExactly("logs/.hidden.log", "logs/top.log", "logs/a/mid.log",
                "logs/a/b/deep.log", "logs/excluded/x.log");
    }

    @Test
    void excludesDropMatchingFilesAndOtherLabelsAreKept() {
        List<Target> out = matcher.match(List.of(Target.of("__path__", dir + "/logs/**/*.log",
                "__path_exclude__", dir + "/logs/excluded/*.log", "job", "app")), Duration.ZERO);
        assertThat(paths(out)).containsExactly("logs/.hidden.log", "logs/top.log", "logs/a/mid.log", "logs/a/b/deep.log");
        assertThat(out.getFirst().labels().toMap()).containsEntry("job", "app")
                .containsEntry("__path_exclude__", dir + "/logs/excluded/*.log")
                .containsEntry("__path__", dir.resolve("logs/.hidden.log").toString());
    }

    @Test
    void ignoreOlderThanLeavesOutFilesNotModifiedRecently() throws Exception {
        Files.setLastModifiedTime(dir.resolve("logs/top.log"), FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        List<Target> out = matcher.match(List.of(Target.of("__path__", dir + "/logs/*.log")), Duration.ofHours(1));
        assertThat(paths(out)).containsExactly("logs/.hidden.log");
    }

    @Test
    void aLiteralPathMatchesOnlyWhenTheFileExists() {
        assertThat(paths(matcher.match(List.of(Target.of("__path__", dir + "/logs/top.log")), Duration.ZERO)))
                .containsExactly("logs/top.log");
        assertThat(matcher.match(List.of(Target.of("__path__", dir + "/logs/none.log")), Duration.ZERO)).isEmpty();
    }

    @Test
    void aMalformedPatternYieldsNothingForItsTargetOnly() {
        List<Target> out = matcher.match(List.of(Target.of("__path__", dir + "/logs/[x"),
                Target.of("__path__", dir + "/logs/top.log")), Duration.ZERO);
        assertThat(paths(out)).containsExactly("logs/top.log");
    }
}
