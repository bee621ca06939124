/**
 * {@code loki.source.file}: one reader per file on its own virtual thread, tailing (or, with
 * {@code decompression}, reading once) and sending batches of entries to {@code forward_to},
 * with read positions kept in {@code positions.yml} under the component's data path.
 */
package io.jalloy.loki.source.file;
