package io.jalloy.prometheus.internal.exposition;

/** How the HELP text handed to {@link ExpositionSink#help} is escaped in its format. */
public enum HelpEscapes {
    /** Protobuf: the text is literal. */
    NONE,
    /** Prometheus text: {@code \\} and {@code \n} are escapes, {@code \"} is literal. */
    PROMETHEUS_TEXT,
    /** OpenMetrics: {@code \\}, {@code \n} and {@code \"} are escapes. */
    OPENMETRICS;

    /** Decodes {@code len} bytes at {@code off}; allocates, so for metadata paths only. */
    public String decode(byte[] buf, int off, int len) {
        return this == NONE ? new String(buf, off, len, java.nio.charset.StandardCharsets.UTF_8)
                : Escapes.decodeHelp(buf, off, len, this == OPENMETRICS);
    }
}
