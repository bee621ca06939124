package io.jalloy.syntax.ast;

import java.util.List;

/** Comments with no blank line and no other token between them. */
public record CommentGroup(List<Comment> comments) {

    public CommentGroup {
        comments = List.copyOf(comments);
    }

    public int start() {
        return comments.get(0).start();
    }

    public int end() {
        return comments.get(comments.size() - 1).end();
    }
}
