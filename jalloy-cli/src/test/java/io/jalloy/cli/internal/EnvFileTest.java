package io.jalloy.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvFileTest {
    @Test
    void commentsBlankLinesQuotesAndExportAreUnderstood() throws IOException {
        EnvFile env = EnvFile.parse(Path.of("prod.env"), """
                # a comment

                PLAIN=value # trailing comment
                export EXPORTED=yes
                SINGLE='it''s raw \\n'
                DOUBLE="line\\nnext \\"quoted\\""
                EMPTY=
                """);

        assertThat(env.variables()).isEqualTo(Map.of("PLAIN", "value", "EXPORTED", "yes", "SINGLE", "it''s raw \\n",
                "DOUBLE", "line\nnext \"quoted\"", "EMPTY", ""));
    }

    @Test
    void aLineWithoutAnEqualsSignNamesItsLine() {
        assertThatThrownBy(() -> EnvFile.parse(Path.of("dev.env"), "A=1\nnonsense\n"))
                .hasMessage("dev.env:2: expected KEY=VALUE");
    }

    @Test
    void theAngleBracketNamesOfAlloysDocTemplatesCanBeSet() throws IOException {
        EnvFile env = EnvFile.parse(Path.of("docs.env"), "<API_KEY>=secret\n");

        assertThat(env.variables()).isEqualTo(Map.of("<API_KEY>", "secret"));
    }
}
