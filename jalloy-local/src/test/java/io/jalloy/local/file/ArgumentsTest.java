package io.jalloy.local.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private static Arguments decode(String alloy) throws Diagnostics {
        SourceFile source = SourceFile.of("config.alloy", alloy);
        BlockStmt block = (BlockStmt) Parser.parseFile(source).body().getFirst();
        return new Decoder(new Evaluator(source)).decodeBody(block.body(), block, Arguments.class, Scope.empty());
    }

    @Test
    void onlyTheFilenameIsRequiredAndTheRestDefaultsAsInAlloy() throws Exception {
        assertThat(decode("local.file \"x\" { filename = \"/etc/app.alloy\" }"))
                .isEqualTo(new Arguments("/etc/app.alloy", Detector.FSNOTIFY, Duration.ofMinutes(1), false));
    }

    @Test
    void everyAttributeDecodes() throws Exception {
        Arguments args = decode("""
                local.file "x" {
                  filename       = "/f"
                  detector       = "poll"
                  poll_frequency = "15s"
                  is_secret      = true
                }
                """);

        assertThat(args).isEqualTo(new Arguments("/f", Detector.POLL, Duration.ofSeconds(15), true));
    }

    @Test
    void anUnknownDetectorIsRejectedWithAlloysMessage() {
        assertThatThrownBy(() -> decode("local.file \"x\" {\n  filename = \"/f\"\n  detector = \"inotify\"\n}"))
                .isInstanceOf(Diagnostics.class)
                .hasMessageContaining("unrecognized detector \"inotify\", expected fsnotify or poll");
    }

    @Test
    void aPollFrequencyOfZeroIsRejectedWithAlloysMessage() {
        assertThatThrownBy(() -> decode("local.file \"x\" {\n  filename = \"/f\"\n  poll_frequency = \"0s\"\n}"))
                .isInstanceOf(Diagnostics.class)
                .hasMessageContaining("poll_frequency must be greater than 0");
    }

    @Test
    void aMissingFilenameIsReported() {
        assertThatThrownBy(() -> decode("local.file \"x\" {\n}"))
                .isInstanceOf(Diagnostics.class)
                .hasMessageContaining("missing required attribute \"filename\"");
    }
}
