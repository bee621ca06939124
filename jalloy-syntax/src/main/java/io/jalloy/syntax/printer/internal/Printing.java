package io.jalloy.syntax.printer.internal;

import io.jalloy.syntax.ast.CommentGroup;
import io.jalloy.syntax.ast.Expr;
import io.jalloy.syntax.ast.File;
import io.jalloy.syntax.ast.Node;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.token.SourceFile;
import java.util.List;

/** Runs one print: walker into emitter, emitter bytes through alignment and trimming. */
public final class Printing {
    private Printing() {}

    /** A whole file with its comments, as Alloy's {@code printer.Fprint} writes it. */
    public static String file(File file) {
        byte[] content = file.source().content();
        Emitter e = new Emitter(new LineTable(file.source()), file.comments(), content.length);
        new Walker(e).stmts(file.body());
        return finish(e);
    }

    /** One statement or expression, without comments. */
    public static String node(Node node, SourceFile src) {
        if (node instanceof File f) {
            return file(f);
        }
        Emitter e = new Emitter(new LineTable(src), List.<CommentGroup>of(), 256);
        Walker w = new Walker(e);
        switch (node) {
            case Stmt s -> w.stmt(s);
            case Expr x -> w.expr(x);
            default -> throw new IllegalArgumentException("cannot print a " + node.getClass().getSimpleName());
        }
        return finish(e);
    }

    private static String finish(Emitter e) {
        e.finish();
        return TabAligner.align(e.buffer(), e.length()).text();
    }
}
