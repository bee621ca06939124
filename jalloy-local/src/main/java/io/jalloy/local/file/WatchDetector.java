package io.jalloy.local.file;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The {@code fsnotify} detector, on the JDK's watch service (inotify on Linux). It watches the
 * file's directory and asks for a re-read on any event there: replacing a file by rename, or
 * Kubernetes swapping a ConfigMap's {@code ..data} link, changes the directory rather than the
 * file. Every poll period it also asks for a re-read and re-establishes a lost watch (for example
 * when the directory appeared only after start), as Alloy's detector does.
 */
final class WatchDetector implements ChangeDetector {
    private static final System.Logger LOG = System.getLogger(WatchDetector.class.getName());

    private final Path directory;
    private final WatchService watcher;
    private WatchKey key; // touched only by the watch thread after construction

    WatchDetector(Path file, Duration pollFrequency, Runnable reload) throws IOException {
        Path absolute = file.toAbsolutePath();
        this.directory = absolute.getParent();
        this.watcher = FileSystems.getDefault().newWatchService();
        register();
        Thread.ofVirtual().name("local.file-fsnotify").start(() -> watch(pollFrequency, reload));
    }

    private void watch(Duration pollFrequency, Runnable reload) {
        try {
            while (true) {
                WatchKey signalled = watcher.poll(pollFrequency.toNanos(), TimeUnit.NANOSECONDS);
                if (signalled != null) {
                    signalled.pollEvents();
                    if (!signalled.reset()) {
                        key = null;
                    }
                } else if (key == null || !key.isValid()) {
                    register();
                }
                reload.run();
            }
        } catch (ClosedWatchServiceException e) {
            // Closed: the detector is done.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void register() {
        try {
            key = directory.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | ClosedWatchServiceException e) {
            key = null;
            LOG.log(System.Logger.Level.WARNING, "failed to watch " + directory + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "failed to shut down the file watcher: " + e);
        }
    }
}
