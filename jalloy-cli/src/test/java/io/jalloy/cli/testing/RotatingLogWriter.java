package io.jalloy.cli.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An application writing numbered log lines ({@code L<8 digits> ...}) to one file on its own
 * thread, a few lines every few milliseconds, and rotating it the two ways logrotate does:
 * rename and create, or copy and truncate. Pausable, so that a test can see everything written so
 * far arrive. Threads: the writer thread and the test thread, under this object's lock.
 */
public final class RotatingLogWriter implements AutoCloseable {
    private static final String FILLER = " level=info msg=\"request served\" path=/api/v1/items status=200 took=3ms";

    private final Path file;
    private final int linesPerTick;
    private final Duration tick;
    private final Thread thread;
    private FileChannel out;
    private int written;
    private boolean paused;
    private volatile boolean closed;
    private int rotations;

    public RotatingLogWriter(Path file, int linesPerTick, Duration tick) throws IOException {
        this.file = file;
        this.linesPerTick = linesPerTick;
        this.tick = tick;
        this.out = open();
        this.thread = Thread.ofPlatform().name("log writer").daemon().start(this::loop);
    }

    private FileChannel open() throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    private void loop() {
        while (!closed) {
            try {
                synchronized (this) {
                    if (!paused) {
                        writeLines(linesPerTick);
                    }
                }
                Thread.sleep(tick);
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void writeLines(int n) throws IOException {
        StringBuilder sb = new StringBuilder(n * 110);
        for (int i = 0; i < n; i++) {
            sb.append('L').append(String.format("%08d", written++)).append(FILLER).append('\n');
        }
        ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            out.write(buf);
        }
    }

    /** How many lines were written so far (they are numbered from 0). */
    public synchronized int written() {
        return written;
    }

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
    }

    /** The file's current size. */
    public synchronized long size() throws IOException {
        return out.size();
    }

    /** Rename and create: the file moves to {@code NAME.N}, writing goes on in a new empty file. */
    public synchronized void rotateByRename() throws IOException {
        out.close();
        Files.move(file, file.resolveSibling(file.getFileName() + "." + (++rotations)), StandardCopyOption.ATOMIC_MOVE);
        out = open();
    }

    /**
     * Copy and truncate: the content is copied to {@code NAME.N} and the file cut to zero while the
     * writer keeps its descriptor. Lines a tailer has not read by then exist only in the copy,
     * which is why logrotate's copytruncate can lose lines; the caller waits for the tailer first.
     */
    public synchronized void copyTruncate() throws IOException {
        Files.copy(file, file.resolveSibling(file.getFileName() + "." + (++rotations)));
        out.truncate(0);
    }

    @Override
    public void close() throws Exception {
        closed = true;
        thread.interrupt();
        thread.join();
        synchronized (this) {
            out.close();
        }
    }
}
