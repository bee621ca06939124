package io.jalloy.loki.source.file.internal;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.positions.PositionKey;
import io.jalloy.loki.positions.Positions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything one file reader needs, fixed for its life.
 *
 * @param path the file
 * @param key where its position is stored
 * @param labels the labels of every entry (the target's public labels plus {@code filename})
 * @param encoding the configured charset (a byte-order mark may override it)
 * @param minPoll the first wait after reaching the end of the file
 * @param maxPoll the longest wait, reached by doubling while nothing changes
 * @param tailFromEnd start new files at their last line rather than their first
 * @param onPositionError what a corrupt stored position means: "skip", "restart_from_end" or "restart_from_beginning"
 * @param legacyPositions whether positions converted from a legacy file (empty labels) apply
 * @param positions the component's positions
 * @param fanout where batches go
 * @param metrics where counts go
 * @param clock entry timestamps
 * @param logger the component's logger
 * @param bufferSize the read buffer size
 * @param maxBatch the most entries per batch
 */
public record ReaderSettings(
        Path path,
        PositionKey key,
        Labels labels,
        TextEncoding encoding,
        Duration minPoll,
        Duration maxPoll,
        boolean tailFromEnd,
        String onPositionError,
        boolean legacyPositions,
        Positions positions,
        Fanout fanout,
        ReaderMetrics metrics,
        Clock clock,
        System.Logger logger,
        int bufferSize,
        int maxBatch) {}
