package io.jalloy.loki.source.file.internal;

import io.jalloy.common.labels.Labels;
import io.jalloy.loki.api.LogEntry;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Reads a compressed file once, from start to end (Alloy's decompressor). Its position is the
 * number of lines already delivered, as in Alloy, so a restart skips that many lines of the
 * decompressed text. The last line counts even without a newline.
 */
public final class Decompressor extends Reader {
    private static final int STREAM_BUFFER = 64 * 1024;

    private final String format;
    private final Duration initialDelay;

    /** {@code format} is "gz", "z" or "bz2". */
    public Decompressor(ReaderSettings settings, String format, Duration initialDelay) {
        super(settings);
        this.format = format;
        this.initialDelay = initialDelay;
    }

    @Override
    protected void read() throws Exception {
        long done;
        try {
            done = settings.positions().get(settings.key());
        } catch (NumberFormatException e) {
            if (settings.onPositionError().equals("skip")) {
                settings.logger().log(System.Logger.Level.ERROR, "failed to get file position: " + e.getMessage());
                return;
            }
            done = 0;
        }
        if (!initialDelay.isZero() && !pause(initialDelay)) {
            return;
        }
        try (InputStream in = open()) {
            readLines(in, done);
        } catch (IOException e) {
            if (!stopping()) {
                settings.logger().log(System.Logger.Level.ERROR, "error reading file path=" + settings.path() + " error=" + e.getMessage());
            }
        }
    }

    private InputStream open() throws IOException {
        InputStream file = new BufferedInputStream(Files.newInputStream(settings.path()), STREAM_BUFFER);
        try {
            return switch (format) {
                case "gz" -> new GZIPInputStream(file, STREAM_BUFFER);
                case "z" -> new InflaterInputStream(file, new java.util.zip.Inflater(), STREAM_BUFFER);
                case "bz2" -> new BZip2CompressorInputStream(file, true);
                default -> throw new IOException("file \"" + settings.path() + "\" has unsupported format, it has to be one of \"gz, z, bz2\"");
            };
        } catch (IOException e) {
            file.close();
            throw e;
        }
    }

    private void readLines(InputStream in, long skip) throws IOException, InterruptedException {
        LineReader lines = new LineReader(settings.encoding(), settings.bufferSize());
        long count = 0;
        boolean first = true;
        int n;
        while (!stopping() && (n = lines.fill(in)) >= 0) {
            if (first && lines.pending() >= 4 || n < 0) {
                first = false;
                byte[] head = lines.head();
                lines.setEncoding(settings.encoding().resolveBom(head, lines.pending()));
                lines.skip(TextEncoding.bomLength(head, lines.pending()));
            }
            if (first) {
                continue;
            }
            if (count < skip) {
                count += lines.skipLines(skip - count);
                if (count < skip) {
                    continue;
                }
            }
            count += drainAll(lines, count);
        }
        if (stopping()) {
            return;
        }
        if (first) {
            // A stream shorter than a byte-order mark.
            byte[] head = lines.head();
            lines.setEncoding(settings.encoding().resolveBom(head, lines.pending()));
            lines.skip(TextEncoding.bomLength(head, lines.pending()));
        }
        if (count < skip) {
            count += lines.skipLines(skip - count);
        }
        count += drainAll(lines, count);
        String partial = lines.takePartial();
        if (partial != null) {
            if (count >= skip) {
                batch.add(new LogEntry(settings.labels(), lines.nextTimestamp(nowNanos()), partial, Labels.EMPTY));
            }
            count++;
        }
        flush(count);
        settings.positions().put(settings.key(), Math.max(count, skip));
    }

    /** Moves complete lines into batches; returns how many lines it took. */
    private long drainAll(LineReader lines, long before) throws InterruptedException {
        long now = nowNanos();
        long taken = 0;
        int max = settings.maxBatch();
        while (true) {
            int got = lines.drain(batch, max - batch.size(), settings.labels(), now);
            taken += got;
            if (batch.size() < max) {
                return taken;
            }
            flush(before + taken);
        }
    }
}
