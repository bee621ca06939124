package io.jalloy.syntax.printer;

import io.jalloy.syntax.ast.File;
import io.jalloy.syntax.ast.Node;
import io.jalloy.syntax.printer.internal.Printing;
import io.jalloy.syntax.token.SourceFile;

/**
 * Pretty-prints syntax trees exactly as Alloy's formatter does: tab indentation, {@code =} and
 * trailing comments aligned in runs of one-line statements, comments kept in place. Stateless
 * and thread-safe.
 */
public final class Printer {
    private Printer() {}

    /**
     * A whole file with its comments. Like Alloy's {@code printer.Fprint}, the text does not end
     * with a newline; {@link Formatter#format} adds it as {@code alloy fmt} does.
     */
    public static String format(File file) {
        return Printing.file(file);
    }

    /**
     * A single statement or expression (comments are not printed), positions resolved against
     * {@code src}; a {@link File} prints as by {@link #format(File)}.
     */
    public static String format(Node node, SourceFile src) {
        return Printing.node(node, src);
    }
}
