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
    private final CRC32C crc = new CRC32C();
    private byte[] win = new byte[256 * 1024]; // file bytes [winStart, winStart + winLen)
    private long winStart;
    private int winLen;
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
        if (available(offset, RecordBuffer.HEADER) < RecordBuffer.HEADER) {
            return false;
        }
        int h = (int) (offset - winStart);
        int n = getInt(win, h);
        int sum = getInt(win, h + 4);
        if (n <= 0 || n > MAX_RECORD) {
            corrupt = true;
            return false;
        }
        if (available(offset, RecordBuffer.HEADER + n) < RecordBuffer.HEADER + n) {
            return false;
        }
        int at = (int) (offset - winStart) + RecordBuffer.HEADER;
        crc.reset();
        crc.update(win, at, n);
        if ((int) crc.getValue() != sum) {
            corrupt = true;
            return false;
        }
        offset += RecordBuffer.HEADER + n;
        into.reset(win, at, n);
        return true;
    }

    /**
     * Makes the window hold {@code [at, at + need)} when the file has it, reading ahead as far as
     * the window reaches, so a run of records costs one read instead of two per record; returns
     * how many of the bytes are there. The file is append-only, so bytes once read stay valid.
     */
    private int available(long at, int need) throws IOException {
        if (at >= winStart && at + need <= winStart + winLen) {
            return need;
        }
        if (win.length < need) {
            win = new byte[Math.max(need, win.length * 2)];
        }
        winStart = at;
        winLen = 0;
        ByteBuffer b = ByteBuffer.wrap(win);
        while (b.hasRemaining()) {
            int r = channel.read(b, at + winLen);
            if (r <= 0) {
                break;
            }
            winLen += r;
        }
        return Math.min(need, winLen);
    }

    private static int getInt(byte[] b, int i) {
        return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
