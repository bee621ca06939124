package io.jalloy.runtime.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.syntax.token.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTest {

    @Test
    void filesAreReadInNameOrderWhateverTheMapOrder() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("b.alloy", new byte[0]);
        m.put("a.alloy", new byte[0]);
        assertThat(Source.of(m).files()).extracting(SourceFile::name).containsExactly("a.alloy", "b.alloy");
    }

    @Test
    void aDirectoryContributesItsAlloyFilesSortedAndNotRecursively(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("z.alloy"), "");
        Files.writeString(dir.resolve("a.alloy"), "");
        Files.writeString(dir.resolve("notes.txt"), "");
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.alloy"), "");
        assertThat(Source.read(dir).files()).extracting(SourceFile::name)
                .containsExactly(dir.resolve("a.alloy").toString(), dir.resolve("z.alloy").toString());
    }

    @Test
    void aSingleFileKeepsItsPathAsName(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("config.alloy");
        Files.writeString(f, "logging {}\n");
        Source s = Source.read(f);
        assertThat(s.files()).extracting(SourceFile::name).containsExactly(f.toString());
        assertThat(new String(s.contents().get(f.toString()), StandardCharsets.UTF_8)).isEqualTo("logging {}\n");
    }
}
