package io.jalloy.prometheus.internal.wal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * Reads framed records from one segment file, from a byte offset on. A record that is not wholly
 * there yet, or whose checksum does not match, ends the readable part: {@link #next} returns false
 * and leaves {@link #offset} at the record's start so a tailing reader can try again later.
 * Confined to one thread.
 */
public final class SegmentReader implements AutoCloseable {
    /** Larger frames are treated as corruption rather than allocated. */
    static final int MAX_RECORD = 256 << 20;

    private final FileChannel channel;
    private final long segment;
    private final ByteBuffer header = ByteBuffer.allocate(RecordBuffer.HEADER);
    private final CRC32C crc = new CRC32C();
    private byte[] payload = new byte[4096];
    private long offset;
    private boolean corrupt;

    public SegmentReader(Path file, long segment, long offset) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.segment = segment;
        this.offset = offset;
    }

    public long segment() {
        return segment;
    }

    /** The offset just past the last record read. */
    public long offset() {
        return offset;
    }

    /** Whether the last failed {@link #next} saw a complete frame with a bad checksum or length. */
    public boolean corrupt() {
        return corrupt;
    }

    /** Reads the next record into {@code into}; false when none is complete at the current offset. */
    public boolean next(RecordReader into) throws IOException {
        corrupt = false;
        header.clear();
        if (readFully(header, offset) < RecordBuffer.HEADER) {
            return false;
        }
        int n = header.getInt(0);
        int sum = header.getInt(4);
        if (n <= 0 || n > MAX_RECORD) {
            corrupt = true;
            return false;
        }
        if (payload.length < n) {
            payload = new byte[Math.max(n, payload.length * 2)];
        }
        ByteBuffer body = ByteBuffer.wrap(payload, 0, n);
        if (readFully(body, offset + RecordBuffer.HEADER) < n) {
            return false;
        }
        crc.reset();
        crc.update(payload, 0, n);
        if ((int) crc.getValue() != sum) {
            corrupt = true;
            return false;
        }
        offset += RecordBuffer.HEADER + n;
        into.reset(payload, 0, n);
        return true;
    }

    private int readFully(ByteBuffer b, long at) throws IOException {
        int total = 0;
        while (b.hasRemaining()) {
            int r = channel.read(b, at + total);
            if (r <= 0) {
                break;
            }
            total += r;
        }
        return total;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
