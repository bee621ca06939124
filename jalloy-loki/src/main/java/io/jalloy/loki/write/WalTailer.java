package io.jalloy.loki.write;

import io.jalloy.common.protobuf.ProtoWriter;
import io.jalloy.loki.api.LogEntry;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * One endpoint's reader of the WAL: reads frames from the oldest segment onwards, only as far as
 * the writer has completed them, and moves to the next segment once a closed one is exhausted.
 * Waits for appends, polling between {@code min_read_frequency} and {@code max_read_frequency}
 * as a safety net. Owned by the endpoint's sending thread.
 */
final class WalTailer implements AutoCloseable {
    /** A frame read back: its entries, its segment and where in the segment it starts. */
    record Frame(List<LogEntry> entries, long segment, long offset) {}

    private final Wal wal;
    private final long minPollNanos;
    private final long maxPollNanos;
    private final ProtoWriter buffer = new ProtoWriter(64 * 1024);
    private long segment;
    private FileChannel channel;
    private long position;
    private long pollNanos;
    private final WalCheckpoint start;

    /** A reader that begins where {@code start} says the endpoint left off. */
    WalTailer(Wal wal, WalOptions options, WalCheckpoint start) {
        this.wal = wal;
        this.start = start;
        this.segment = start.segment() - 1;
        this.minPollNanos = options.minReadFrequency().toNanos();
        this.maxPollNanos = Math.max(minPollNanos, options.maxReadFrequency().toNanos());
        this.pollNanos = minPollNanos;
    }

    /** The next frame, or null when none arrives within {@code timeoutNanos}. */
    Frame next(long timeoutNanos) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            long seen = wal.version();
            Frame f = tryRead();
            if (f != null) {
                pollNanos = minPollNanos;
                return f;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            wal.awaitChange(seen, Math.min(left, pollNanos));
            pollNanos = Math.min(maxPollNanos, pollNanos * 2);
        }
    }

    /** Whether everything appended so far has been read. */
    boolean caughtUp() throws IOException {
        while (true) {
            if (channel == null && !open()) {
                return true;
            }
            long written = wal.written(segment);
            if (written > position) {
                return false;
            }
            if (!wal.closed(segment)) {
                return true;
            }
            finishSegment();
        }
    }

    private Frame tryRead() throws IOException {
        while (true) {
            if (channel == null && !open()) {
                return null;
            }
            long written = wal.written(segment);
            if (written - position >= WalCodec.HEADER) {
                ByteBuffer header = ByteBuffer.allocate(WalCodec.HEADER);
                readFully(header, position);
                int length = header.getInt(0);
                if (length > 0 && written - position - WalCodec.HEADER >= length) {
                    buffer.reset();
                    int at = buffer.reserve(WalCodec.HEADER + length);
                    ByteBuffer frame = ByteBuffer.wrap(buffer.array(), at, WalCodec.HEADER + length);
                    readFully(frame, position);
                    List<LogEntry> entries = new ArrayList<>();
                    int read = WalCodec.readFrames(buffer.array(), WalCodec.HEADER + length, entries);
                    if (read == WalCodec.HEADER + length) {
                        long frameStart = position;
                        position += read;
                        return new Frame(entries, segment, frameStart);
                    }
                }
            }
            if (!wal.closed(segment)) {
                return null;
            }
            // A closed segment read to its end (or to a frame that cannot be read): next one.
            finishSegment();
        }
    }

    private boolean open() throws IOException {
        while (true) {
            long id = wal.segmentAtOrAfter(segment + 1);
            if (id < 0) {
                return false;
            }
            try {
                channel = FileChannel.open(wal.path(id), StandardOpenOption.READ);
                segment = id;
                position = id == start.segment() ? start.offset() : 0;
                return true;
            } catch (NoSuchFileException e) {
                segment = id; // deleted meanwhile (delivered, or too old): skip it
            }
        }
    }

    private void finishSegment() throws IOException {
        channel.close();
        channel = null;
    }

    private void readFully(ByteBuffer into, long at) throws IOException {
        long pos = at;
        while (into.hasRemaining()) {
            int n = channel.read(into, pos);
            if (n < 0) {
                throw new IOException("WAL segment " + segment + " ended early");
            }
            pos += n;
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
