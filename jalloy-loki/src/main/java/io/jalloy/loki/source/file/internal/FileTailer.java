package io.jalloy.loki.source.file.internal;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.positions.PositionKey;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;

/**
 * Follows one growing file (Alloy's tailer). At the end of the file it polls, doubling the wait
 * from {@code min_poll_frequency} to {@code max_poll_frequency}, and then checks the path:
 * a smaller file means copytruncate (read again from 0); a different file behind the path
 * (rename and create) or none (deleted) means the open file is read to its end, its last
 * partial line included, before the new file is read from its start.
 */
public final class FileTailer extends Reader {
    private static final Duration MISSING_FILE_WAIT = Duration.ofSeconds(1);
    private static final int OPEN_ATTEMPTS = 3;
    private static final long BATCH_AGE_NANOS = Duration.ofMillis(100).toNanos();

    private final LineReader lines;
    private FileChannel channel;
    private Object identity;
    private long batchStarted;

    public FileTailer(ReaderSettings settings) {
        super(settings);
        this.lines = new LineReader(settings.encoding(), settings.bufferSize());
    }

    @Override
    protected void read() throws Exception {
        long position;
        try {
            position = startPosition();
        } catch (IOException e) {
            settings.logger().log(System.Logger.Level.ERROR, "failed to run tailer err=" + e.getMessage());
            return;
        }
        boolean reportedMissing = false;
        try {
            while (!stopping()) {
                if (!open(position)) {
                    if (!reportedMissing) {
                        settings.logger().log(System.Logger.Level.INFO, "waiting for " + settings.path() + " to appear...");
                        reportedMissing = true;
                    }
                    pause(MISSING_FILE_WAIT);
                    continue;
                }
                reportedMissing = false;
                settings.logger().log(System.Logger.Level.DEBUG, "tail routine: started path=" + settings.path());
                if (!follow()) {
                    break;
                }
                // The path now names another file, or none: the next one is read from its start.
                position = 0;
                recordPosition(0);
            }
        } finally {
            close();
        }
    }

    /** Where to start, from the stored position and Alloy's rules for missing or corrupt ones. */
    private long startPosition() throws IOException {
        PositionKey key = settings.key();
        long pos;
        try {
            pos = settings.positions().get(key);
        } catch (NumberFormatException e) {
            switch (settings.onPositionError()) {
                case "skip" -> throw new IOException("failed to get file position: " + e.getMessage());
                case "restart_from_end" -> {
                    pos = lastLinePosition(settings.path());
                    settings.logger().log(System.Logger.Level.INFO, "retrieved the position of the last line after positions error");
                }
                default -> {
                    pos = 0;
                    settings.logger().log(System.Logger.Level.INFO, "reset position to start of file after positions error");
                }
            }
        }
        if (pos == 0 && settings.legacyPositions()) {
            try {
                pos = settings.positions().get(new PositionKey(key.path(), "{}"));
            } catch (NumberFormatException e) {
                throw new IOException("failed to get file position with empty labels: " + e.getMessage());
            }
        }
        long size = sizeOrZero(settings.path());
        if (size < pos) {
            settings.positions().remove(key);
            pos = 0;
        }
        if (pos == 0 && settings.tailFromEnd()) {
            try {
                pos = lastLinePosition(settings.path());
                settings.positions().put(key, pos);
            } catch (IOException e) {
                settings.logger().log(System.Logger.Level.ERROR,
                        "failed to get a position from the end of the file, default to start of file err=" + e.getMessage());
            }
        }
        return pos;
    }

    private static long sizeOrZero(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The offset just past the last newline in the file, 0 when it has none. */
    static long lastLinePosition(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer chunk = ByteBuffer.allocate(4096);
            long pos = size;
            while (pos > 0) {
                long from = Math.max(0, pos - chunk.capacity());
                chunk.clear().limit((int) (pos - from));
                ch.read(chunk, from);
                for (int i = chunk.position() - 1; i >= 0; i--) {
                    if (chunk.get(i) == '\n') {
                        return from + i + 1;
                    }
                }
                pos = from;
            }
            return 0;
        }
    }

    /** The identity of the file behind the path (device and inode where the OS has them), null when none. */
    private static Object identityOf(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            Object key = a.fileKey();
            return key != null ? key : a.creationTime();
        } catch (IOException e) {
            return null;
        }
    }

    /** Opens the file at {@code position}; false when it does not exist. */
    private boolean open(long position) throws IOException {
        close();
        FileChannel ch = null;
        Object after = null;
        for (int attempt = 0; attempt < OPEN_ATTEMPTS && ch == null; attempt++) {
            Object before = identityOf(settings.path());
            try {
                ch = FileChannel.open(settings.path(), StandardOpenOption.READ);
            } catch (NoSuchFileException e) {
                return false;
            }
            after = identityOf(settings.path());
            if (after == null || !after.equals(before)) {
                // Rotated between the two looks: again, so that the identity belongs to this channel.
                ch.close();
                ch = null;
            }
        }
        if (ch == null) {
            return false;
        }
        channel = ch;
        identity = after;
        ByteBuffer head = ByteBuffer.allocate(4);
        int n = Math.max(0, ch.read(head, 0));
        TextEncoding resolved = settings.encoding().resolveBom(head.array(), n);
        lines.setEncoding(resolved);
        long bom = TextEncoding.bomLength(head.array(), n);
        long start = Math.max(position, bom);
        if (start > ch.size()) {
            start = bom;
        }
        ch.position(start);
        lines.reset(start);
        return true;
    }

    private void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    /** Reads the open file until it is replaced or deleted (true) or the reader stops (false). */
    private boolean follow() throws IOException, InterruptedException {
        Duration delay = settings.minPoll();
        while (!stopping()) {
            int room = lines.room();
            int n = lines.fill(channel);
            if (n > 0) {
                drainAll();
                delay = settings.minPoll();
                if (n < room || System.nanoTime() - batchStarted >= BATCH_AGE_NANOS) {
                    flush(lines.offset());
                }
                continue;
            }
            flush(lines.offset());
            long readTo = channel.position();
            settings.metrics().bytes(settings.path().toString(), lines.offset(), channel.size());
            if (channel.size() < readTo) {
                settings.logger().log(System.Logger.Level.INFO, "file truncated, reading from the start path=" + settings.path());
                channel.position(0);
                lines.reset(0);
                recordPosition(0);
                continue;
            }
            Object now = identityOf(settings.path());
            if (!Objects.equals(now, identity)) {
                finishOldFile();
                return true;
            }
            if (!pause(delay)) {
                break;
            }
            delay = delay.multipliedBy(2);
            if (delay.compareTo(settings.maxPoll()) > 0) {
                delay = settings.maxPoll();
            }
        }
        return false;
    }

    /** Reads what is left of a rotated or deleted file, its last line even without a newline. */
    private void finishOldFile() throws IOException, InterruptedException {
        // A writer may still append to the renamed file until it reopens its log: read, wait one
        // poll interval, read again.
        while (lines.fill(channel) > 0) {
            drainAll();
        }
        pause(settings.minPoll());
        while (lines.fill(channel) > 0) {
            drainAll();
        }
        String partial = lines.takePartial();
        if (partial != null) {
            batch.add(new LogEntry(settings.labels(), lines.nextTimestamp(nowNanos()), partial, Labels.EMPTY));
        }
        flush(lines.offset());
    }

    /** Moves every complete buffered line into batches, sending each batch that fills up. */
    private void drainAll() throws InterruptedException {
        long now = nowNanos();
        int max = settings.maxBatch();
        while (true) {
            if (batch.isEmpty()) {
                batchStarted = System.nanoTime();
            }
            lines.drain(batch, max - batch.size(), settings.labels(), now);
            if (batch.size() < max) {
                return;
            }
            flush(lines.offset());
        }
    }
}
