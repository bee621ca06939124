/**
 * {@code prometheus.remote_write}: a WAL-backed receiver and per-endpoint sharded queues sending
 * Remote Write 1.0 requests with retries.
 */
package io.jalloy.prometheus.remotewrite;
