package io.jalloy.prometheus.internal.exposition;

/**
 * Push parser of the Prometheus text format (versions 0.0.4 and 1.0.0) with Prometheus's
 * acceptance rules and error texts. Reusable and single-threaded: one instance per scrape loop;
 * {@link #parse} allocates nothing per sample on valid input.
 */
public final class PromTextParser implements ExpositionParser {
    private static final byte[] UNTYPED = "untyped".getBytes();
    private static final MetricType[] TEXT_TYPES = {
        MetricType.COUNTER, MetricType.GAUGE, MetricType.HISTOGRAM, MetricType.SUMMARY,
    };

    private final PromLexer l = new PromLexer();
    private final GoFloat floats = new GoFloat();
    private final Series series = new Series();
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

    /** Parses {@code len} bytes at {@code off}, delivering entries to {@code sink} until the end or the first error. */
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
            int t = nextToken();
            boolean more = switch (t) {
                case Token.EOF -> false;
                case Token.LINEBREAK -> true;
                case Token.HELP, Token.TYPE -> metadata(t);
                case Token.COMMENT -> {
                    int t2 = nextToken();
                    yield t2 == Token.LINEBREAK || fail("linebreak expected after comment", t2);
                }
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

    private int nextToken() {
        int t;
        do {
            t = l.lex();
        } while (t == Token.WHITESPACE);
        return t;
    }

    private boolean metadata(int kind) {
        int t2 = nextToken();
        if (t2 != Token.MNAME) {
            return fail("expected metric name after " + Token.name(kind), t2);
        }
        int ns = l.start;
        int ne = l.i;
        if (l.b[ns] == '"' && ne - ns >= 2 && l.at(ne - 1) == '"') {
            ns++;
            ne--;
        }
        int t3 = nextToken();
        if (t3 != Token.TEXT) {
            return failPlain("expected text in " + Token.name(kind) + ", got " + Token.name(t3), l.start);
        }
        int ts = l.i - l.start > 1 ? l.start + 1 : l.i;
        int te = l.i;
        MetricType type = null;
        if (kind == Token.TYPE) {
            type = typeOf(l.b, ts, te - ts);
            if (type == null) {
                return failPlain("invalid metric type " + GoText.quote(l.b, ts, te), ts);
            }
        } else if (!Bytes.validUtf8(l.b, ts, te - ts)) {
            return failPlain("help text " + GoText.quote(l.b, ts, te) + " is not a valid utf8 string", ts);
        }
        int t4 = nextToken();
        if (t4 != Token.LINEBREAK) {
            return fail("linebreak expected after metadata", t4);
        }
        if (kind == Token.TYPE) {
            family.declare(l.b, ns, ne - ns, type);
            lastType = type;
            sink.type(l.b, ns, ne - ns, type);
        } else {
            family.name(l.b, ns, ne - ns);
            sink.help(l.b, ns, ne - ns, ts, te - ts, HelpEscapes.PROMETHEUS_TEXT);
        }
        return true;
    }

    private static MetricType typeOf(byte[] b, int off, int len) {
        if (Bytes.equal(b, off, len, UNTYPED, 0, UNTYPED.length)) {
            return MetricType.UNKNOWN;
        }
        for (MetricType t : TEXT_TYPES) {
            String s = t.text();
            if (len == s.length() && ascii(b, off, s)) {
                return t;
            }
        }
        return null;
    }

    static boolean ascii(byte[] b, int off, String s) {
        for (int k = 0; k < s.length(); k++) {
            if (b[off + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean series(int nameStart, int nameEnd) {
        series.reset();
        nameS = nameStart;
        nameE = nameEnd;
        int t = nextToken();
        if (t == Token.BRACE_OPEN || nameStart < 0) {
            if (nameStart < 0) {
                // The opening brace was the first token; t is already the first token inside.
                if (!labels(t)) {
                    return false;
                }
            } else if (!labels(nextToken())) {
                return false;
            }
            t = nextToken();
        }
        if (nameS < 0) {
            return failPlain("metric name not set while parsing: " + GoText.quote(l, lineStart, l.i), lineStart);
        }
        if (t != Token.VALUE) {
            return fail("expected value after metric", t);
        }
        double v = floats.parse(l.b, l.start, l.i - l.start);
        if (floats.error != null) {
            return failPlain(floats.error + " while parsing: " + GoText.quote(l, lineStart, l.i), l.start);
        }
        long ts = Series.NO_TIMESTAMP;
        int t2 = nextToken();
        if (t2 == Token.TIMESTAMP) {
            ts = floats.parseInt(l.b, l.start, l.i - l.start);
            if (floats.error != null) {
                return failPlain(floats.error + " while parsing: " + GoText.quote(l, lineStart, l.i), l.start);
            }
            int t3 = nextToken();
            if (t3 != Token.LINEBREAK) {
                return fail("expected next entry after timestamp", t3);
            }
        } else if (t2 != Token.LINEBREAK) {
            return fail("expected timestamp or new record", t2);
        }
        boolean escaped = nameE - nameS > 0 && Bytes.indexOf(l.b, nameS, nameE, (byte) '\\') >= 0;
        series.name(l.b, nameS, nameE - nameS, escaped);
        family.attribute(series);
        bounds.apply(lastType, series.labels());
        samples++;
        sink.sample(series, v, ts, null);
        return true;
    }

    /** Parses label pairs up to the closing brace, starting with token {@code t}. */
    private boolean labels(int t) {
        LabelSlices out = series.labels();
        while (true) {
            int ns = l.start;
            int ne = l.i;
            boolean quotedName;
            switch (t) {
                case Token.BRACE_CLOSE -> {
                    return true;
                }
                case Token.LNAME -> quotedName = false;
                case Token.QSTRING -> quotedName = true;
                default -> {
                    return fail("expected label name", t);
                }
            }
            t = nextToken();
            if (quotedName && (t == Token.COMMA || t == Token.BRACE_CLOSE)) {
                if (nameS >= 0) {
                    return failPlain("metric name already set while parsing: " + GoText.quote(l, lineStart, l.i), ns);
                }
                nameS = ns + 1;
                nameE = ne - 1;
                if (t == Token.BRACE_CLOSE) {
                    return true;
                }
                t = nextToken();
                continue;
            }
            if (quotedName) {
                ns++;
                ne--;
            }
            if (t != Token.EQUAL) {
                return fail("expected equal", t);
            }
            t = nextToken();
            if (t != Token.LVALUE) {
                return fail("expected label value", t);
            }
            int vs = l.start + 1;
            int ve = l.i - 1;
            if (!Bytes.validUtf8(l.b, l.start, l.i - l.start)) {
                return failPlain("invalid UTF-8 label value: " + GoText.quote(l.b, l.start, l.i), l.start);
            }
            boolean esc = Bytes.indexOf(l.b, vs, ve, (byte) '\\') >= 0
                    || (quotedName && Bytes.indexOf(l.b, ns, ne, (byte) '\\') >= 0);
            out.add(l.b, ns, ne - ns, l.b, vs, ve - vs, esc);
            // Like Prometheus, a comma is optional between pairs and allowed before the brace.
            t = nextToken();
            if (t == Token.COMMA) {
                t = nextToken();
            }
        }
    }

    private boolean fail(String expected, int got) {
        int e = Math.min(l.length(), l.i + 1);
        return failPlain(expected + ", got " + GoText.quote(l, l.start, e) + " (" + GoText.quote(Token.name(got))
                + ") while parsing: " + GoText.quote(l, lineStart, e), l.start);
    }

    private boolean failPlain(String message, int at) {
        error = message;
        errorAt = at;
        return false;
    }
}
