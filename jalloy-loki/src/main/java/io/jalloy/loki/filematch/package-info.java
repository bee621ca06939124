/**
 * {@code local.file_match}: expands {@code __path__} globs (doublestar semantics, as Alloy) into
 * one target per file, re-expanded every {@code sync_period}. {@link io.jalloy.loki.filematch.PathMatcher}
 * is shared with {@code loki.source.file}'s {@code file_match} block.
 */
package io.jalloy.loki.filematch;
