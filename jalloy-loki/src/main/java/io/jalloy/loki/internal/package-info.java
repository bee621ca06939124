/**
 * Loki's push protocol, written once for every log component: the protobuf encoding of a push
 * request built straight from entries into reused buffers, snappy framing, the label notation,
 * and the HTTP client that posts requests. Not API.
 */
package io.jalloy.loki.internal;
