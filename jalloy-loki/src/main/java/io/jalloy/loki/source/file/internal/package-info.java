/** The readers of {@code loki.source.file}: line splitting, tailing with rotation, decompression. */
package io.jalloy.loki.source.file.internal;
