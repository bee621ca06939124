/**
 * {@code loki.source.api}: an HTTP server speaking Loki's push API (protobuf+snappy and JSON,
 * optionally gzipped) and the raw line endpoint, forwarding what it receives.
 */
package io.jalloy.loki.source.api;
