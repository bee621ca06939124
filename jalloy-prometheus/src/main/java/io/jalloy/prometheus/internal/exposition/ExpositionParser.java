package io.jalloy.prometheus.internal.exposition;

/** A parser of one exposition format; instances are reusable but used by one thread at a time. */
public interface ExpositionParser {
    /** Parses {@code len} bytes at {@code off}, pushing entries to {@code sink}; never throws on bad input. */
    ParseResult parse(byte[] buf, int off, int len, ExpositionSink sink);
}
