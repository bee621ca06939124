/** {@code prometheus.receive_http}: a Remote Write 1.0 endpoint forwarding to metrics receivers. */
package io.jalloy.prometheus.receivehttp;
