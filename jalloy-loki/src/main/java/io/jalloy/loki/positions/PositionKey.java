package io.jalloy.loki.positions;

import java.util.Objects;

/**
 * What a position is stored under: the file's absolute path and the text of its public labels in
 * Prometheus's notation ({@code {job="x"}}, {@code {}} when none), as Alloy's positions file keys.
 */
public record PositionKey(String path, String labels) implements Comparable<PositionKey> {

    public PositionKey {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(labels, "labels");
    }

    @Override
    public int compareTo(PositionKey o) {
        int c = path.compareTo(o.path);
        return c != 0 ? c : labels.compareTo(o.labels);
    }
}
