/**
 * {@code loki.source.file}: one reader per file on its own virtual thread, tailing (or, with
 * {@code decompression}, reading once) and sending batches of entries to {@code forward_to},
 * with read positions kept in {@code positions.yml} under the component's data path.
 *
 * <p>Positions are written (Alloy's format) for every batch: to a file of their own before the
 * batch is sent, renamed over {@code positions.yml} once the receivers took it; besides Alloy's
 * 10-second forced save. {@code forward_to} calls return once each receiver took the batch;
 * {@code loki.process} (its stages run on the caller's thread), {@code loki.relabel} and a
 * WAL-backed {@code loki.write} (which appends before returning) keep that synchronous, so after
 * {@code kill -9} a restart re-reads at most the batch whose send had returned but whose rename
 * had not happened (or, rarely, one waiting for the lock while the periodic save fsyncs).
 * Windows that remain: entries a stage holds back ({@code multiline}) are not durable when the
 * position passes them; a receiver without a WAL loses its in-memory queue; a file rotated, or
 * truncated, while the process is down or before the reader noticed is resumed at the stored
 * offset of the old file (as in Alloy, positions are by path).
 */
package io.jalloy.loki.source.file;
