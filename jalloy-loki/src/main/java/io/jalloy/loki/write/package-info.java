/**
 * {@code loki.write}: batches log entries per endpoint and pushes them to Loki, with retries,
 * back-off and an optional write-ahead log.
 *
 * <p>With the WAL, delivery across a crash is as follows. An entry is durable once {@code send}
 * returns (appended to a segment; the process may die, the machine must not: nothing is fsynced,
 * as in Alloy). Each endpoint keeps a {@link io.jalloy.loki.write.WalCheckpoint}: written beside
 * the real one before a batch's first push and renamed into place as soon as the push is answered
 * 2xx (or given up on), so a restart resends only what was not finished. What can still repeat
 * after {@code kill -9}: a push the receiver took whose answer the process never read (inherent to
 * pushing over HTTP; Loki itself drops an exact repeat of an entry with the same timestamp and
 * line, and WAL resends keep their timestamps), and a push whose 2xx was read in the moment before
 * that rename. Nothing is lost except what Alloy also drops: batches that
 * exhaust {@code max_backoff_retries} (0 retries forever) or are rejected with a 4xx other than
 * 429, and segments older than {@code max_segment_age}.
 */
package io.jalloy.loki.write;
