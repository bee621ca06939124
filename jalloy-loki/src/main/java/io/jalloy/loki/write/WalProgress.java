package io.jalloy.loki.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * One endpoint's bookkeeping of WAL frames read but not yet finished. Frames get sequence numbers
 * in read order; batches report which entries of which frames they finished (delivered, or
 * dropped for good), possibly out of order when several tenants batch separately. The checkpoint
 * is the longest finished prefix. Before a batch is pushed, {@link #prepare} writes the checkpoint
 * it will give beside the real one; once the push is answered (or given up on) {@link #commit}
 * renames it into place, so after a crash only a push whose answer came in the moment before that
 * rename is repeated.
 *
 * <p>Threads: owned by the endpoint's sending thread.
 */
final class WalProgress {
    /** A frame in flight: where it is and which of its entries are finished. */
    private static final class Pending {
        final long segment;
        final long offset;
        final int count;
        final BitSet done;
        int finished;

        Pending(long segment, long offset, int count) {
            this.segment = segment;
            this.offset = offset;
            this.count = count;
            this.done = new BitSet(count);
        }
    }

    private final Path file;
    private final ArrayList<Pending> pending = new ArrayList<>(); // from index head on: frames in flight
    private int head;
    private final Map<Long, Integer> perSegment = new HashMap<>();
    private final System.Logger logger;
    private long headSeq;
    private WalCheckpoint checkpoint;
    private WalCheckpoint saved;
    private final WalCheckpoint start;
    private Path ahead; // a checkpoint written by prepare, not yet in place
    private boolean abandoned;

    WalProgress(Path file, WalCheckpoint start, System.Logger logger) {
        this.file = file;
        this.start = start;
        this.checkpoint = start;
        this.saved = start;
        this.logger = logger;
    }

    /** Entries of a frame at ({@code segment}, {@code offset}) an earlier run already finished. */
    int alreadyFinished(long segment, long offset) {
        return segment == start.segment() && offset == start.offset() ? start.skip() : 0;
    }

    /**
     * Starts tracking a frame of {@code count} entries whose first {@code skip} are already
     * finished; returns its sequence number.
     */
    long register(long segment, long offset, int count, int skip) {
        Pending p = new Pending(segment, offset, count);
        if (skip > 0) {
            p.done.set(0, Math.min(skip, count));
            p.finished = Math.min(skip, count);
        }
        pending.add(p);
        return headSeq + (pending.size() - head) - 1;
    }

    /** Marks entries {@code [from, to)} of frame {@code seq} finished. */
    void finish(long seq, int from, int to) {
        long index = seq - headSeq;
        if (index < 0 || index >= pending.size() - head) {
            return;
        }
        Pending p = pending.get(head + (int) index);
        for (int i = p.done.nextClearBit(from); i < to; i = p.done.nextClearBit(i + 1)) {
            p.done.set(i);
            p.finished++;
            perSegment.merge(p.segment, 1, Integer::sum);
        }
    }

    /** The entries finished per segment since the last call, for the WAL's deletion accounting. */
    Map<Long, Integer> drainFinishedPerSegment() {
        if (perSegment.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> out = Map.copyOf(perSegment);
        perSegment.clear();
        return out;
    }

    /**
     * Marks every entry of {@code batch} finished and writes the resulting checkpoint ahead; the
     * endpoint calls this before the first push of a batch it will either deliver or drop, and
     * {@link #commit} after. When the endpoint stops in between, nothing is committed.
     */
    void prepare(Batch batch) {
        batch.finishIn(this);
        advance();
        ahead = null;
        if (checkpoint.equals(saved)) {
            return;
        }
        try {
            ahead = checkpoint.writeAhead(file);
        } catch (IOException e) {
            logger.log(System.Logger.Level.WARNING, "cannot save the WAL checkpoint path=" + file + " err=" + e);
        }
    }

    /**
     * The endpoint stopped with a prepared batch unfinished: from now on nothing is saved, so the
     * checkpoint on disk stays before that batch and the next start sends it.
     */
    void abandon() {
        abandoned = true;
        ahead = null;
    }

    /** Puts the checkpoint {@link #prepare} wrote in place: the batch was answered or given up on. */
    void commit() {
        if (abandoned) {
            return;
        }
        if (ahead == null) {
            save();
            return;
        }
        try {
            WalCheckpoint.install(ahead, file);
            saved = checkpoint;
        } catch (IOException e) {
            save();
        } finally {
            ahead = null;
        }
    }

    /** Moves the checkpoint past every finished frame and writes it if it moved. */
    void save() {
        advance();
        if (abandoned || checkpoint.equals(saved)) {
            return;
        }
        try {
            checkpoint.write(file);
            saved = checkpoint;
        } catch (IOException e) {
            // The next push tries again; until then a restart would resend a little more.
            logger.log(System.Logger.Level.WARNING, "cannot save the WAL checkpoint path=" + file + " err=" + e);
        }
    }

    private void advance() {
        Pending last = null;
        while (head < pending.size() && pending.get(head).finished >= pending.get(head).count) {
            last = pending.get(head);
            pending.set(head++, null);
            headSeq++;
        }
        if (head == pending.size()) {
            pending.clear();
            head = 0;
        } else if (head >= 1024 && head >= pending.size() / 2) {
            pending.subList(0, head).clear();
            head = 0;
        }
        Pending first = head < pending.size() ? pending.get(head) : null;
        if (first != null) {
            int prefix = first.done.nextClearBit(0);
            checkpoint = new WalCheckpoint(first.segment, first.offset, prefix);
        } else if (last != null) {
            checkpoint = new WalCheckpoint(last.segment, last.offset, last.count);
        }
    }

    /** The checkpoint last written, for tests. */
    WalCheckpoint saved() {
        return saved;
    }
}
