package io.jalloy.prometheus.internal.exposition;

/**
 * Push parser of OpenMetrics 1.0 text with Prometheus's acceptance rules and error texts:
 * {@code # EOF} is required and must end the input, timestamps are float seconds (delivered as
 * milliseconds), one exemplar may follow a sample. {@code _created} lines are delivered as samples
 * with {@link SampleRole#CREATED}; pairing them with their series is the caller's policy.
 * Reusable and single-threaded; allocates nothing per sample on valid input.
 */
public final class OpenMetricsParser implements ExpositionParser {
    private static final MetricType[] TYPES = MetricType.values();

    private final OpenMetricsLexer l = new OpenMetricsLexer();
    private final GoFloat floats = new GoFloat();
    private final Series series = new Series();
    private final Exemplar exemplar = new Exemplar();
    private final Family family = new Family();
    private final BoundNormalizer bounds = new BoundNormalizer();
    private MetricType lastType = MetricType.UNKNOWN;
    private ExpositionSink sink;
    private int lineStart;
    private int samples;
    private String error;
    private int errorAt;
    private int nameS;
    private int nameE;
    private boolean hasExemplar;

    /** Parses {@code len} bytes at {@code off}, delivering entries to {@code sink} until {@code # EOF} or the first error. */
    @Override
    public ParseResult parse(byte[] b, int off, int len, ExpositionSink sink) {
        this.sink = sink;
        l.reset(b, off, len);
        family.reset();
        lastType = MetricType.UNKNOWN;
        samples = 0;
        error = null;
        while (true) {
            lineStart = l.i;
            int t = l.lex();
            boolean more = switch (t) {
                case Token.EOF_WORD -> {
                    if (l.lex() != Token.EOF) {
                        failPlain("unexpected data after # EOF", l.start);
                    }
                    yield false;
                }
                case Token.EOF -> failPlain("data does not end with # EOF", l.i);
                case Token.HELP, Token.TYPE, Token.UNIT -> metadata(t);
                case Token.BRACE_OPEN -> series(-1, -1);
                case Token.MNAME -> series(l.start, l.i);
                default -> fail("expected a valid start token", t);
            };
            if (error != null) {
                this.sink = null;
                return ParseResult.textError(samples, 0, b, off, off + len, errorAt, error);
            }
            if (!more) {
                this.sink = null;
                return ParseResult.ok(samples, 0);
            }
        }
    }

    private boolean metadata(int kind) {
        int t2 = l.lex();
        if (t2 != Token.MNAME) {
            return fail("expected metric name after " + Token.name(kind), t2);
        }
        int ns = l.start;
        int ne = l.i;
        if (l.b[ns] == '"' && ne - ns >= 2 && l.b[ne - 1] == '"') {
            ns++;
            ne--;
        }
        if (l.lex() != Token.TEXT) {
            return failPlain("expected text in " + Token.name(kind), l.start);
        }
        int ts = l.i - l.start > 1 ? l.start + 1 : l.i;
        int te = Math.max(ts, l.i - 1);
        byte[] b = l.b;
        switch (kind) {
            case Token.TYPE -> {
                MetricType type = null;
                for (MetricType candidate : TYPES) {
                    String s = candidate.text();
                    if (te - ts == s.length() && PromTextParser.ascii(b, ts, s)) {
                        type = candidate;
                    }
                }
                if (type == null) {
                    return failPlain("invalid metric type " + GoText.quote(b, ts, te), ts);
                }
                family.declare(b, ns, ne - ns, type);
                lastType = type;
                sink.type(b, ns, ne - ns, type);
            }
            case Token.HELP -> {
                if (!Bytes.validUtf8(b, ts, te - ts)) {
                    return failPlain("help text " + GoText.quote(b, ts, te) + " is not a valid utf8 string", ts);
                }
                family.name(b, ns, ne - ns);
                sink.help(b, ns, ne - ns, ts, te - ts, HelpEscapes.OPENMETRICS);
            }
            default -> {
                int ul = te - ts;
                if (ul > 0 && (ne - ns < ul + 1 || !java.util.Arrays.equals(b, ne - ul, ne, b, ts, te)
                        || b[ne - ul - 1] != '_')) {
                    return failPlain("unit " + GoText.quote(b, ts, te) + " not a suffix of metric "
                            + GoText.quote(b, ns, ne), ts);
                }
                family.name(b, ns, ne - ns);
                sink.unit(b, ns, ne - ns, ts, ul);
            }
        }
        return true;
    }

    private boolean series(int nameStart, int nameEnd) {
        series.reset();
        nameS = nameStart;
        nameE = nameEnd;
        hasExemplar = false;
        int t = l.lex();
        if (nameStart < 0 || t == Token.BRACE_OPEN) {
            if (!labels(nameStart < 0 ? t : l.lex(), series.labels(), false)) {
                return false;
            }
            t = l.lex();
        }
        if (nameS < 0) {
            return failPlain("metric name not set while parsing: " + GoText.quote(l.b, lineStart, l.i), lineStart);
        }
        double v = value(t, "metric");
        if (error != null) {
            return false;
        }
        long ts = Series.NO_TIMESTAMP;
        switch (l.lex()) {
            case Token.EOF -> {
                return failPlain("data does not end with # EOF", l.i);
            }
            case Token.COMMENT -> {
                if (!exemplar()) {
                    return false;
                }
            }
            case Token.TIMESTAMP -> {
                ts = timestamp("invalid timestamp ");
                if (error != null) {
                    return false;
                }
                int t3 = l.lex();
                if (t3 == Token.COMMENT) {
                    if (!exemplar()) {
                        return false;
                    }
                } else if (t3 != Token.LINEBREAK) {
                    return fail("expected next entry after timestamp", t3);
                }
            }
            default -> {
                // Like Prometheus: anything else surfaces as an error on the next line.
            }
        }
        boolean escaped = Bytes.indexOf(l.b, nameS, nameE, (byte) '\\') >= 0;
        series.name(l.b, nameS, nameE - nameS, escaped);
        family.attribute(series);
        bounds.apply(lastType, series.labels());
        samples++;
        sink.sample(series, v, ts, hasExemplar ? exemplar : null);
        return true;
    }

    private boolean exemplar() {
        exemplar.reset();
        if (!labels(l.lex(), exemplar.labels(), true)) {
            return false;
        }
        double v = value(l.lex(), "exemplar labels");
        if (error != null) {
            return false;
        }
        long ts = Series.NO_TIMESTAMP;
        int t2 = l.lex();
        switch (t2) {
            case Token.EOF -> {
                return failPlain("data does not end with # EOF", l.i);
            }
            case Token.LINEBREAK -> {
            }
            case Token.TIMESTAMP -> {
                ts = timestamp("invalid exemplar timestamp ");
                if (error != null) {
                    return false;
                }
                int t3 = l.lex();
                if (t3 != Token.LINEBREAK) {
                    return fail("expected next entry after exemplar timestamp", t3);
                }
            }
            default -> {
                return fail("expected timestamp or comment", t2);
            }
        }
        exemplar.set(v, ts);
        hasExemplar = true;
        return true;
    }

    private double value(int t, String after) {
        if (t != Token.VALUE) {
            fail("expected value after " + after, t);
            return 0;
        }
        double v = floats.parse(l.b, l.start + 1, l.i - l.start - 1);
        if (floats.error != null) {
            failPlain(floats.error + " while parsing: " + GoText.quote(l.b, lineStart, l.i), l.start + 1);
        }
        return v;
    }

    /** Float seconds to integer milliseconds, truncating as Go's int64 conversion does. */
    private long timestamp(String invalid) {
        double s = floats.parse(l.b, l.start + 1, l.i - l.start - 1);
        if (floats.error != null) {
            failPlain(floats.error + " while parsing: " + GoText.quote(l.b, lineStart, l.i), l.start + 1);
            return 0;
        }
        if (Double.isNaN(s) || Double.isInfinite(s)) {
            failPlain(invalid + GoText.percentF(s), l.start + 1);
            return 0;
        }
        return (long) (s * 1000);
    }

    private boolean labels(int t, LabelSlices out, boolean isExemplar) {
        while (true) {
            int ns = l.start;
            int ne = l.i;
            switch (t) {
                case Token.BRACE_CLOSE -> {
                    return true;
                }
                case Token.LNAME, Token.QSTRING -> {
                }
                default -> {
                    return fail("expected label name", t);
                }
            }
            boolean quotedName = l.b[ns] == '"';
            t = l.lex();
            if (t == Token.COMMA || t == Token.BRACE_CLOSE) {
                // Only a quoted string may stand alone: it is the metric name.
                if (isExemplar || !quotedName) {
                    return fail(isExemplar ? "expected label name" : "expected equal", t);
                }
                if (nameS >= 0) {
                    return failPlain("metric name already set while parsing: " + GoText.quote(l.b, lineStart, l.i), ns);
                }
                nameS = ns + 1;
                nameE = ne - 1;
                if (t == Token.BRACE_CLOSE) {
                    return true;
                }
                t = l.lex();
                continue;
            }
            if (quotedName) {
                ns++;
                ne--;
            }
            if (t != Token.EQUAL) {
                return fail("expected equal", t);
            }
            t = l.lex();
            if (t != Token.LVALUE) {
                return fail("expected label value", t);
            }
            if (!Bytes.validUtf8(l.b, l.start, l.i - l.start)) {
                return failPlain("invalid UTF-8 label value: " + GoText.quote(l.b, l.start, l.i), l.start);
            }
            int vs = l.start + 1;
            int ve = l.i - 1;
            boolean esc = Bytes.indexOf(l.b, vs, ve, (byte) '\\') >= 0
                    || (quotedName && Bytes.indexOf(l.b, ns, ne, (byte) '\\') >= 0);
            out.add(l.b, ns, ne - ns, l.b, vs, ve - vs, esc);
            t = l.lex();
            if (t == Token.COMMA) {
                t = l.lex();
            } else if (t != Token.BRACE_CLOSE) {
                return fail("expected comma or brace close", t);
            }
        }
    }

    private boolean fail(String expected, int got) {
        int e = Math.min(l.end, l.i + 1);
        return failPlain(expected + ", got " + GoText.quote(l.b, l.start, e) + " (" + GoText.quote(Token.name(got))
                + ") while parsing: " + GoText.quote(l.b, lineStart, e), l.start);
    }

    private boolean failPlain(String message, int at) {
        if (error == null) {
            error = message;
            errorAt = at;
        }
        return false;
    }
}
