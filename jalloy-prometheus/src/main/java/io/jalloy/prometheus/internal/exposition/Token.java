package io.jalloy.prometheus.internal.exposition;

/** Token kinds of the two text-format lexers; names are the ones Prometheus prints in errors. */
final class Token {
    static final int INVALID = -1;
    static final int EOF = 0;
    static final int LINEBREAK = 1;
    static final int WHITESPACE = 2;
    static final int HELP = 3;
    static final int TYPE = 4;
    static final int UNIT = 5;
    static final int EOF_WORD = 6;
    static final int TEXT = 7;
    static final int COMMENT = 8;
    static final int MNAME = 9;
    static final int QSTRING = 10;
    static final int BRACE_OPEN = 11;
    static final int BRACE_CLOSE = 12;
    static final int LNAME = 13;
    static final int LVALUE = 14;
    static final int COMMA = 15;
    static final int EQUAL = 16;
    static final int TIMESTAMP = 17;
    static final int VALUE = 18;

    private static final String[] NAMES = {
        "EOF", "LINEBREAK", "WHITESPACE", "HELP", "TYPE", "UNIT", "EOFWORD", "TEXT", "COMMENT",
        "MNAME", "QSTRING", "BOPEN", "BCLOSE", "LNAME", "LVALUE", "COMMA", "EQUAL", "TIMESTAMP", "VALUE",
    };

    private Token() {}

    static String name(int t) {
        return t == INVALID ? "INVALID" : NAMES[t];
    }

    static boolean isMetricStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
    }

    static boolean isMetricPart(int c) {
        return isMetricStart(c) || (c >= '0' && c <= '9');
    }

    static boolean isLabelStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isLabelPart(int c) {
        return isLabelStart(c) || (c >= '0' && c <= '9');
    }
}
