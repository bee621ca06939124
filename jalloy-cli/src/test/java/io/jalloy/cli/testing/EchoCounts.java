package io.jalloy.cli.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the lines {@code L<8 digits>} that {@code loki.echo} logged to the standard error files of
 * one or more {@code jalloy} processes, reading each file on from where it last stopped (whole
 * lines only). Used by one test thread.
 */
public final class EchoCounts {
    private static final byte[] MARK = "entry=L".getBytes(StandardCharsets.US_ASCII);

    private final Map<Path, Long> read = new LinkedHashMap<>();
    private int[] counts = new int[1 << 16];

    /** Adds a file to follow (the standard error of a newly started receiver). */
    public void follow(Path file) {
        read.putIfAbsent(file, 0L);
    }

    /** Reads what the files gained since the last call. */
    public void refresh() throws IOException {
        for (Map.Entry<Path, Long> e : read.entrySet()) {
            try (RandomAccessFile f = new RandomAccessFile(e.getKey().toFile(), "r")) {
                long from = e.getValue();
                long size = f.length();
                if (size <= from) {
                    continue;
                }
                byte[] data = new byte[(int) (size - from)];
                f.seek(from);
                f.readFully(data);
                int end = data.length;
                while (end > 0 && data[end - 1] != '\n') {
                    end--;
                }
                scan(data, end);
                e.setValue(from + end);
            }
        }
    }

    private void scan(byte[] data, int end) {
        outer:
        for (int i = 0; i + MARK.length + 8 <= end; i++) {
            for (int k = 0; k < MARK.length; k++) {
                if (data[i + k] != MARK[k]) {
                    continue outer;
                }
            }
            int seq = 0;
            for (int k = 0; k < 8; k++) {
                seq = seq * 10 + (data[i + MARK.length + k] - '0');
            }
            if (seq >= counts.length) {
                counts = Arrays.copyOf(counts, Math.max(counts.length * 2, seq + 1));
            }
            counts[seq]++;
            i += MARK.length + 8;
        }
    }

    /** How many of the sequence numbers {@code [0, total)} arrived at least once. */
    public int distinct(int total) {
        int n = 0;
        for (int i = 0; i < Math.min(total, counts.length); i++) {
            if (counts[i] > 0) {
                n++;
            }
        }
        return n;
    }

    /** Sequence numbers below {@code total} that never arrived (at most {@code limit}). */
    public List<Integer> missing(int total, int limit) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < total && out.size() < limit; i++) {
            if (i >= counts.length || counts[i] == 0) {
                out.add(i);
            }
        }
        return out;
    }

    /** Sequence numbers that arrived more than once, with their counts (at most {@code limit}). */
    public Map<Integer, Integer> duplicates(int limit) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < counts.length && out.size() < limit; i++) {
            if (counts[i] > 1) {
                out.put(i, counts[i]);
            }
        }
        return out;
    }

    /** The runs of sequence numbers that arrived more than once, as {@code from-to(xN)}, for failure messages. */
    public String duplicateRuns() {
        StringBuilder sb = new StringBuilder();
        int runs = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 1) {
                int from = i;
                while (i + 1 < counts.length && counts[i + 1] == counts[from]) {
                    i++;
                }
                if (runs++ < 20) {
                    sb.append(from).append('-').append(i).append("(x").append(counts[from]).append(") ");
                }
            }
        }
        return runs + " runs: " + sb;
    }

    /** Entries of sequence numbers at or past {@code total} (never written: must be none). */
    public int beyond(int total) {
        int n = 0;
        for (int i = total; i < counts.length; i++) {
            n += counts[i];
        }
        return n;
    }
}
