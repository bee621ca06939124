package io.jalloy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FmtCommandTest {
    private static final String MESSY = "logging {\n  level = \"info\"\n    format=\"json\"\n}\n";
    private static final String FORMATTED = "logging {\n\tlevel  = \"info\"\n\tformat = \"json\"\n}\n";

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {}

    private static Result jalloy(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new Main()).setErr(new PrintWriter(err, true)).execute(args);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(saved);
        }
    }

    @Test
    void printsTheFileInAlloysFormatOnStandardOutput() throws Exception {
        Path file = Files.writeString(dir.resolve("c.alloy"), MESSY);

        Result r = jalloy("fmt", file.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(FORMATTED);
        assertThat(Files.readString(file)).isEqualTo(MESSY);
    }

    @Test
    void writeFlagRewritesTheFileInPlace() throws Exception {
        Path file = Files.writeString(dir.resolve("c.alloy"), MESSY);

        assertThat(jalloy("fmt", "-w", file.toString()).exit()).isZero();

        assertThat(Files.readString(file)).isEqualTo(FORMATTED);
    }

    @Test
    void testFlagFailsOnAnUnformattedFileAndPassesOnAFormattedOne() throws Exception {
        Path messy = Files.writeString(dir.resolve("messy.alloy"), MESSY);
        Path tidy = Files.writeString(dir.resolve("tidy.alloy"), FORMATTED);

        Result failing = jalloy("fmt", "--test", messy.toString());
        assertThat(failing.exit()).isEqualTo(1);
        assertThat(failing.err()).contains("file " + messy + " is not formatted correctly");
        assertThat(failing.out()).isEmpty();

        assertThat(jalloy("fmt", "-t", tidy.toString()).exit()).isZero();
    }

    @Test
    void syntaxErrorsArePrintedWithTheirPositionAndFailTheCommand() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.alloy"), "a = 1 +\n");

        Result r = jalloy("fmt", file.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(file + ":2:1: expected expression, got EOF")
                .contains("Error: encountered errors during formatting");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void writeAndTestTogetherAreRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("c.alloy"), FORMATTED);

        Result r = jalloy("fmt", "-w", "-t", file.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("cannot use -w/--write and -t/--test at the same time");
    }

    @Test
    void versionNamesTheProgram() {
        Result r = jalloy("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("jalloy ");
    }
}
