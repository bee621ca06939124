/**
 * Prometheus Remote Write 1.0 on the wire: a protobuf {@code WriteRequest} encoder writing into a
 * reused buffer (series labels pre-encoded once), a decoder for {@code prometheus.receive_http}
 * and tests (snappy block compression is io.jalloy.common.compress.SnappyBlock), and the protocol's headers and field numbers.
 */
package io.jalloy.prometheus.internal.remotewrite;
