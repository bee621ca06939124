package io.jalloy.prometheus.internal.exposition;

/**
 * The outcome of parsing one exposition: how many samples and native histograms were delivered and,
 * when the input was malformed, the first error (parsing stops there; what was delivered before
 * stays delivered, as in Prometheus).
 *
 * @param line 1-based line of the error (text formats; 0 for protobuf)
 * @param column 1-based byte column of the error (text formats; 0 for protobuf)
 * @param offset byte offset of the error in the input
 * @param error the error text as Prometheus words it, or null when the input was valid
 */
public record ParseResult(int samples, int histograms, int line, int column, int offset, String error) {
    public boolean ok() {
        return error == null;
    }

    static ParseResult ok(int samples, int histograms) {
        return new ParseResult(samples, histograms, 0, 0, -1, null);
    }

    static ParseResult textError(int samples, int histograms, byte[] b, int start, int end, int offset, String error) {
        int line = 1;
        int lineStart = start;
        int stop = Math.min(offset, end);
        for (int i = start; i < stop; i++) {
            if (b[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new ParseResult(samples, histograms, line, stop - lineStart + 1, offset - start, error);
    }

    @Override
    public String toString() {
        return ok() ? "ok: " + samples + " samples, " + histograms + " histograms"
                : line + ":" + column + ": " + error;
    }
}
