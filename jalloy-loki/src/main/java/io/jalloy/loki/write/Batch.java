package io.jalloy.loki.write;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.internal.PushStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The entries waiting to be pushed for one tenant of one endpoint, grouped by stream. A batch is
 * cut when adding an entry would pass {@code batch_size} (one entry is always accepted, however
 * large) or when it is {@code batch_wait} old. Remembers which entries of which WAL frames it
 * holds (as runs of consecutive indexes) so that their delivery can be recorded. Owned by the
 * endpoint's sending thread.
 */
final class Batch {
    enum Added { ADDED, FULL, STREAM_LIMITED }

    private final String tenant;
    private final long maxBytes;
    private final int maxStreams;
    private final Map<String, PushStream> streams = new LinkedHashMap<>();
    private long[] runFrames = new long[0]; // WAL frame sequence numbers of the runs
    private int[] runFrom = new int[0]; // first entry index of each run
    private int[] runTo = new int[0]; // entry index past each run
    private int runs;
    private final long createdNanos;
    private long bytes;
    private int entries;
    private String lastLabels;
    private PushStream lastStream;

    Batch(String tenant, long maxBytes, int maxStreams, long nowNanos) {
        this.tenant = tenant;
        this.maxBytes = maxBytes;
        this.maxStreams = maxStreams;
        this.createdNanos = nowNanos;
    }

    /**
     * Adds an entry of the stream rendered as {@code labels}: entry {@code index} of WAL frame
     * {@code frame}, which is -1 without a WAL.
     */
    Added add(LogEntry entry, String labels, long frame, int index) {
        // The line's UTF-8 form measures it and is kept for the encoder, which would make it anyway.
        byte[] utf8 = entry.line().getBytes(StandardCharsets.UTF_8);
        long size = entry.structuredMetadata().isEmpty() ? utf8.length : sizeOf(entry);
        // Consecutive entries mostly belong to the stream of the previous one (same rendered String).
        PushStream stream = labels == lastLabels ? lastStream : streams.get(labels);
        if (stream == null) {
            if (maxStreams > 0 && streams.size() >= maxStreams) {
                return Added.STREAM_LIMITED;
            }
            if (!streams.isEmpty() && bytes + size > maxBytes) {
                return Added.FULL;
            }
            // A batch's first stream often is its only one (one tailed file): room for many entries.
            stream = new PushStream(labels, streams.isEmpty() ? 1024 : 16);
            streams.put(labels, stream);
        } else if (bytes + size > maxBytes) {
            return Added.FULL;
        }
        lastLabels = labels;
        lastStream = stream;
        stream.add(entry, utf8);
        bytes += size;
        entries++;
        if (frame >= 0) {
            mark(frame, index);
        }
        return Added.ADDED;
    }

    private void mark(long frame, int index) {
        if (runs > 0 && runFrames[runs - 1] == frame && runTo[runs - 1] == index) {
            runTo[runs - 1]++;
            return;
        }
        if (runs == runFrames.length) {
            int n = Math.max(4, runs * 2);
            runFrames = Arrays.copyOf(runFrames, n);
            runFrom = Arrays.copyOf(runFrom, n);
            runTo = Arrays.copyOf(runTo, n);
        }
        runFrames[runs] = frame;
        runFrom[runs] = index;
        runTo[runs] = index + 1;
        runs++;
    }

    /** The bytes an entry counts for: its line and structured metadata, as Alloy's Entry.Size. */
    static long sizeOf(LogEntry e) {
        long n = utf8Length(e.line());
        Labels md = e.structuredMetadata();
        for (int i = 0; i < md.size(); i++) {
            n += utf8Length(md.name(i)) + utf8Length(md.value(i));
        }
        return n;
    }

    private static long utf8Length(String s) {
        int i = asciiPrefix(s);
        return i == s.length() ? i : i + s.substring(i).getBytes(StandardCharsets.UTF_8).length;
    }

    /** The length of the leading run of chars below 0x80 (the whole length for an ASCII string). */
    private static int asciiPrefix(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return i;
            }
        }
        return n;
    }

    boolean isEmpty() {
        return entries == 0;
    }

    long ageNanos(long nowNanos) {
        return nowNanos - createdNanos;
    }

    long createdNanos() {
        return createdNanos;
    }

    String tenant() {
        return tenant;
    }

    long bytes() {
        return bytes;
    }

    int entries() {
        return entries;
    }

    Collection<PushStream> streams() {
        return streams.values();
    }

    /** Tells {@code progress} that every WAL entry of this batch is finished. */
    void finishIn(WalProgress progress) {
        for (int i = 0; i < runs; i++) {
            progress.finish(runFrames[i], runFrom[i], runTo[i]);
        }
    }

    /** Whether the batch holds WAL entries. */
    boolean fromWal() {
        return runs > 0;
    }
}
