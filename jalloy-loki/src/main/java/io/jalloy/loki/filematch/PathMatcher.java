package io.jalloy.loki.filematch;

import io.jalloy.common.discovery.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands targets whose {@code __path__} is a glob into one target per matching regular file,
 * with {@code __path__} set to the file's absolute path and every other label kept (the work of
 * {@code local.file_match}, and of {@code loki.source.file}'s {@code file_match} block).
 * Compiled patterns are cached per instance; use one instance per component thread.
 */
public final class PathMatcher {
    /** The label holding the glob, and then the matched file. */
    public static final String PATH_LABEL = "__path__";
    /** The label holding a glob of files to leave out. */
    public static final String EXCLUDE_LABEL = "__path_exclude__";

    private final System.Logger logger;
    private final Clock clock;
    private Map<String, Glob> cache = new HashMap<>();

    public PathMatcher(System.Logger logger, Clock clock) {
        this.logger = logger;
        this.clock = clock;
    }

    /**
     * The files the targets match now. Files modified longer than {@code ignoreOlderThan} ago are
     * left out unless it is zero. Directories never match.
     */
    public List<Target> match(List<Target> targets, Duration ignoreOlderThan) {
        Map<String, Glob> used = new HashMap<>();
        List<Target> out = new ArrayList<>();
        for (Target target : targets) {
            String pattern = target.get(PATH_LABEL);
            String exclude = target.get(EXCLUDE_LABEL);
            Glob glob;
            Glob excludeGlob = null;
            try {
                glob = compiled(pattern, used);
                if (!exclude.isEmpty()) {
                    excludeGlob = compiled(exclude, used);
                }
            } catch (IllegalArgumentException e) {
                logger.log(System.Logger.Level.ERROR, "error getting paths path=" + pattern + " excluded=" + exclude
                        + " err=" + e.getMessage());
                continue;
            }
            for (String m : GlobWalk.list(glob)) {
                if (excludeGlob != null && excludeGlob.matches(m)) {
                    continue;
                }
                Path abs = Path.of(m).toAbsolutePath();
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(abs, BasicFileAttributes.class);
                } catch (NoSuchFileException e) {
                    continue;
                } catch (IOException e) {
                    logger.log(System.Logger.Level.ERROR, "error getting os stat path=" + abs + " err=" + e.getMessage());
                    continue;
                }
                if (attrs.isDirectory()) {
                    continue;
                }
                if (!ignoreOlderThan.isZero()
                        && attrs.lastModifiedTime().toInstant().isBefore(clock.instant().minus(ignoreOlderThan))) {
                    continue;
                }
                out.add(Target.of(target.labels().toBuilder().set(PATH_LABEL, abs.toString()).build()));
            }
        }
        cache = used;
        return out;
    }

    private Glob compiled(String pattern, Map<String, Glob> used) {
        Glob g = cache.get(pattern);
        if (g == null) {
            g = Glob.compile(pattern);
        }
        used.put(pattern, g);
        return g;
    }
}
