package io.jalloy.cli;

import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.printer.Formatter;
import io.jalloy.syntax.token.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jalloy fmt}: prints a config in Alloy's canonical format, writes it back with
 * {@code -w}, or with {@code -t} only checks it, exiting non-zero when it would change.
 */
@Command(name = "fmt", aliases = "format", mixinStandardHelpOptions = true,
        description = {"Format a configuration file.",
            "Reads standard input when the file is omitted or \"-\". Without -w the result goes to standard output."})
final class FmtCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The file to format, or - for standard input.")
    String file = "-";

    @Option(names = {"-w", "--write"}, description = "Write the result to the source file instead of standard output.")
    boolean write;

    @Option(names = {"-t", "--test"}, description = "Exit non-zero when formatting would change the file. Cannot be used with -w.")
    boolean test;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (write && test) {
            return fail(err, "cannot use -w/--write and -t/--test at the same time");
        }
        boolean stdin = file.equals("-");
        if (stdin && write) {
            return fail(err, "cannot use -w with standard input");
        }
        Path path = stdin ? null : Path.of(file);
        if (path != null && Files.isDirectory(path)) {
            return fail(err, "cannot format a directory");
        }
        byte[] input;
        try {
            input = stdin ? System.in.readAllBytes() : Files.readAllBytes(path);
        } catch (IOException e) {
            return fail(err, "open " + file + ": " + e.getMessage());
        }
        byte[] output;
        try {
            output = format(stdin ? "<stdin>" : file, input);
        } catch (Diagnostics diags) {
            for (Diagnostic d : diags.list()) {
                err.println(d);
            }
            return fail(err, "encountered errors during formatting");
        }
        if (test) {
            return Arrays.equals(input, output) ? 0 : fail(err, "file " + file + " is not formatted correctly");
        }
        if (!write) {
            System.out.write(output);
            System.out.flush();
            return 0;
        }
        if (!Arrays.equals(input, output)) {
            Files.write(path, output);
        }
        return 0;
    }

    /** Parses and prints {@code input} the way {@code alloy fmt} does: the printed file plus a final newline. */
    static byte[] format(String name, byte[] input) throws Diagnostics {
        return Formatter.format(SourceFile.of(name, input)).getBytes(StandardCharsets.UTF_8);
    }

    private static int fail(PrintWriter err, String message) {
        err.println("Error: " + message);
        err.flush();
        return 1;
    }
}
