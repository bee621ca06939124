package io.jalloy.syntax.ast;

import io.jalloy.syntax.token.SourceFile;
import java.util.List;

/** A parsed file: its statements and every comment in it, in source order. */
public record File(SourceFile source, List<Stmt> body, List<CommentGroup> comments) implements Node {

    public File {
        body = List.copyOf(body);
        comments = List.copyOf(comments);
    }

    public String name() {
        return source.name();
    }

    @Override
    public int start() {
        return body.isEmpty() ? SourceFile.NO_POS : body.get(0).start();
    }

    @Override
    public int end() {
        return body.isEmpty() ? SourceFile.NO_POS : body.get(body.size() - 1).end();
    }
}
