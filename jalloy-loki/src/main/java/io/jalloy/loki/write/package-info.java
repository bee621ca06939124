/**
 * {@code loki.write}: batches log entries per endpoint and pushes them to Loki, with retries,
 * back-off and an optional write-ahead log.
 */
package io.jalloy.loki.write;
