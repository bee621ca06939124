package io.jalloy.prometheus.internal.wal;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Follows the WAL from a position on, segment after segment, as one endpoint's reader. Records
 * before the start position are offered as skipped so the reader still learns every series.
 * Confined to the endpoint's reading thread.
 */
public final class WalTailer implements AutoCloseable {
    /** What the tailer hands over. */
    public interface Visitor {
        /** A record; {@code replayOnly} is true for records before the start position (already sent). */
        void record(RecordReader r, int type, boolean replayOnly, long segment, long endOffset)
                throws InterruptedException;
    }

    private final Wal wal;
    private final Positions.Position start;
    private final RecordReader reader = new RecordReader();
    private SegmentReader current;
    private long seen = -1;

    public WalTailer(Wal wal, Positions.Position start) {
        this.wal = wal;
        this.start = start;
    }

    /** The position just past the last record handed over. */
    public Positions.Position position() {
        return current == null ? start : new Positions.Position(current.segment(), current.offset());
    }

    /** Reads what is available, waiting up to {@code waitMillis} when nothing is; returns records read. */
    public int poll(Visitor v, long waitMillis) throws IOException, InterruptedException {
        if (current == null && !openFirst()) {
            seen = wal.awaitChange(seen, waitMillis);
            return 0;
        }
        int n = 0;
        while (true) {
            long version = wal.version();
            n += drain(v);
            long next = nextSegment(current.segment());
            if (next > 0) {
                // The writer closed this segment before creating the next; read it to its end once more.
                n += drain(v);
                current.close();
                current = new SegmentReader(Segments.file(wal.dir(), next), next, 0);
                continue;
            }
            if (n > 0) {
                return n;
            }
            seen = wal.awaitChange(version, waitMillis);
            if (seen == version) {
                return 0;
            }
        }
    }

    private int drain(Visitor v) throws IOException, InterruptedException {
        int n = 0;
        while (current.next(reader)) {
            int type = reader.type();
            boolean replay = start != null && current.segment() == start.segment()
                    && current.offset() <= start.offset();
            v.record(reader, type, replay, current.segment(), current.offset());
            n++;
        }
        return n;
    }

    private boolean openFirst() throws IOException {
        long first = -1;
        for (long seg : Segments.list(wal.dir())) {
            if (start == null || seg >= start.segment()) {
                first = seg;
                break;
            }
        }
        if (first < 0) {
            return false;
        }
        current = new SegmentReader(Segments.file(wal.dir(), first), first, 0);
        return true;
    }

    private long nextSegment(long seg) throws IOException {
        long cur = wal.currentSegment();
        for (long s = seg + 1; s <= cur; s++) {
            if (Files.exists(Segments.file(wal.dir(), s))) {
                return s;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
        }
    }
}
