package io.jalloy.runtime.controller.internal.refs;

import io.jalloy.syntax.ast.Ident;
import java.util.List;

/**
 * An uninterrupted chain of names read by an expression, such as {@code prometheus.scrape.x.targets}
 * in {@code prometheus.scrape.x.targets[0]}. Indexing and calls end a chain.
 */
public record Traversal(List<Ident> names) {

    public Traversal {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("empty traversal");
        }
    }

    public Ident first() {
        return names.get(0);
    }

    public Ident last() {
        return names.get(names.size() - 1);
    }

    /** The first {@code n} names joined with dots. */
    public String prefix(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(names.get(i).name());
        }
        return sb.toString();
    }

    public int size() {
        return names.size();
    }

    @Override
    public String toString() {
        return prefix(names.size());
    }
}
