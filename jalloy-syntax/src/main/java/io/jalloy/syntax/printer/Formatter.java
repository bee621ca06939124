package io.jalloy.syntax.printer;

import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;

/** What {@code jalloy fmt} runs: parse a file, refuse it on any error, print it canonically. */
public final class Formatter {
    private Formatter() {}

    /**
     * The formatted text of {@code src}, ending with one newline as {@code alloy fmt} writes it.
     *
     * @throws Diagnostics the parser's diagnostics when the file does not parse
     */
    public static String format(SourceFile src) throws Diagnostics {
        return Printer.format(Parser.parseFile(src)) + "\n";
    }
}
