package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import java.util.List;

/**
 * An {@code import.string} or {@code import.file} block: evaluating it reads the module source
 * (and the imports nested in it) into a {@link Library} that custom components
 * {@code label.name} instantiate from. An {@code import.file} keeps watching what it read and
 * reports changes; {@code import.http} polls its URL and {@code import.git} pulls its repository.
 */
final class ImportNode implements LoaderNode {
    private final String id;
    private final SourceBlock block;
    private volatile Library library;
    private String fingerprint;
    private ImportWatcher watcher;

    ImportNode(String id, SourceBlock block, ImportNode previous) {
        this.id = id;
        this.block = block;
        this.library = previous == null ? Library.EMPTY : previous.library;
        this.fingerprint = previous == null ? null : previous.fingerprint;
        this.watcher = previous == null ? null : previous.watcher;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public SourceBlock block() {
        return block;
    }

    /** The imported library, empty before the first successful evaluation. */
    Library library() {
        return library;
    }

    /** Every text the library was read from, null before any: equal fingerprints mean nothing changed. */
    String fingerprint() {
        return fingerprint;
    }

    void setImported(String newFingerprint, Library newLibrary) {
        this.fingerprint = newFingerprint;
        this.library = newLibrary;
    }

    /** Watches {@code paths} every {@code interval}, calling {@code onChange} when they change. */
    void watch(List<ImportProbe> paths, java.time.Duration interval, Runnable onChange) {
        if (watcher == null) {
            watcher = ImportWatcher.start(id, interval, onChange);
        }
        watcher.watch(paths, interval);
    }

    /** Stops watching, if it did. */
    void stop() {
        if (watcher != null) {
            watcher.stop();
            watcher = null;
        }
    }

    /** What identifies this import's watching across reloads (nodes of one id share it). */
    Object watcherKey() {
        return watcher == null ? this : watcher;
    }
}
