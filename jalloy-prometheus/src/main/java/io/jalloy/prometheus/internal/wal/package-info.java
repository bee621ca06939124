/**
 * The write-ahead log of {@code prometheus.remote_write}: numbered segment files of framed records
 * (series once per series, float samples, exemplars, histograms, metadata, series deletions),
 * each frame {@code [u32 length][u32 CRC32C][type + payload]}. Samples are written to the file
 * before a commit returns; segments are fsynced when they are closed (rolled or on shutdown), so a
 * killed process loses nothing the kernel accepted while a power loss may lose the open segment's
 * tail. A torn last record is cut off when the log is opened. Every segment starts with the series
 * still alive when it was created, so any suffix of segments can be replayed on its own.
 */
package io.jalloy.prometheus.internal.wal;
