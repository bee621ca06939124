package io.jalloy.loki.process.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits a Go time layout into its elements by Go's {@code nextStdChunk} rules. */
final class GoLayoutTokens {
    private GoLayoutTokens() {}

    enum Kind {
        LITERAL, LONG_MONTH, MONTH, NUM_MONTH, ZERO_MONTH, LONG_WEEKDAY, WEEKDAY, DAY, UNDER_DAY, ZERO_DAY,
        UNDER_YEAR_DAY, ZERO_YEAR_DAY, HOUR, HOUR12, ZERO_HOUR12, MINUTE, ZERO_MINUTE, SECOND, ZERO_SECOND,
        LONG_YEAR, YEAR, PM_UPPER, PM_LOWER, TZ, ISO_TZ, ISO_TZ_COLON, ISO_TZ_SHORT, ISO_TZ_SECONDS,
        ISO_TZ_COLON_SECONDS, NUM_TZ, NUM_TZ_COLON, NUM_TZ_SHORT, NUM_TZ_SECONDS, NUM_TZ_COLON_SECONDS,
        FRAC0, FRAC9
    }

    record Element(Kind kind, String literal, int digits) {}

    static List<Element> tokenize(String layout) {
        List<Element> out = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        int n = layout.length();
        while (i < n) {
            Element e = null;
            int len = 0;
            String rest = layout.substring(i);
            char c = layout.charAt(i);
            switch (c) {
                case 'J' -> {
                    if (rest.startsWith("January")) {
                        e = el(Kind.LONG_MONTH); len = 7;
                    } else if (rest.startsWith("Jan")) {
                        e = el(Kind.MONTH); len = 3;
                    }
                }
                case 'M' -> {
                    if (rest.startsWith("Monday")) {
                        e = el(Kind.LONG_WEEKDAY); len = 6;
                    } else if (rest.startsWith("Mon")) {
                        e = el(Kind.WEEKDAY); len = 3;
                    } else if (rest.startsWith("MST")) {
                        e = el(Kind.TZ); len = 3;
                    }
                }
                case '0' -> {
                    if (rest.startsWith("002")) {
                        e = el(Kind.ZERO_YEAR_DAY); len = 3;
                    } else if (rest.length() > 1 && rest.charAt(1) >= '1' && rest.charAt(1) <= '6') {
                        e = el(switch (rest.charAt(1)) {
                            case '1' -> Kind.ZERO_MONTH;
                            case '2' -> Kind.ZERO_DAY;
                            case '3' -> Kind.ZERO_HOUR12;
                            case '4' -> Kind.ZERO_MINUTE;
                            case '5' -> Kind.ZERO_SECOND;
                            default -> Kind.YEAR;
                        });
                        len = 2;
                    }
                }
                case '1' -> {
                    if (rest.startsWith("15")) {
                        e = el(Kind.HOUR); len = 2;
                    } else {
                        e = el(Kind.NUM_MONTH); len = 1;
                    }
                }
                case '2' -> {
                    if (rest.startsWith("2006")) {
                        e = el(Kind.LONG_YEAR); len = 4;
                    } else {
                        e = el(Kind.DAY); len = 1;
                    }
                }
                case '_' -> {
                    if (rest.startsWith("_2") && !rest.startsWith("_2006")) {
                        e = el(Kind.UNDER_DAY); len = 2;
                    } else if (rest.startsWith("__2")) {
                        e = el(Kind.UNDER_YEAR_DAY); len = 3;
                    }
                }
                case '3' -> { e = el(Kind.HOUR12); len = 1; }
                case '4' -> { e = el(Kind.MINUTE); len = 1; }
                case '5' -> { e = el(Kind.SECOND); len = 1; }
                case 'P' -> {
                    if (rest.startsWith("PM")) {
                        e = el(Kind.PM_UPPER); len = 2;
                    }
                }
                case 'p' -> {
                    if (rest.startsWith("pm")) {
                        e = el(Kind.PM_LOWER); len = 2;
                    }
                }
                case '-' -> {
                    if (rest.startsWith("-070000")) {
                        e = el(Kind.NUM_TZ_SECONDS); len = 7;
                    } else if (rest.startsWith("-07:00:00")) {
                        e = el(Kind.NUM_TZ_COLON_SECONDS); len = 9;
                    } else if (rest.startsWith("-0700")) {
                        e = el(Kind.NUM_TZ); len = 5;
                    } else if (rest.startsWith("-07:00")) {
                        e = el(Kind.NUM_TZ_COLON); len = 6;
                    } else if (rest.startsWith("-07")) {
                        e = el(Kind.NUM_TZ_SHORT); len = 3;
                    }
                }
                case 'Z' -> {
                    if (rest.startsWith("Z070000")) {
                        e = el(Kind.ISO_TZ_SECONDS); len = 7;
                    } else if (rest.startsWith("Z07:00:00")) {
                        e = el(Kind.ISO_TZ_COLON_SECONDS); len = 9;
                    } else if (rest.startsWith("Z0700")) {
                        e = el(Kind.ISO_TZ); len = 5;
                    } else if (rest.startsWith("Z07:00")) {
                        e = el(Kind.ISO_TZ_COLON); len = 6;
                    } else if (rest.startsWith("Z07")) {
                        e = el(Kind.ISO_TZ_SHORT); len = 3;
                    }
                }
                case '.', ',' -> {
                    if (rest.length() > 1 && (rest.charAt(1) == '0' || rest.charAt(1) == '9')) {
                        char d = rest.charAt(1);
                        int j = 1;
                        while (j < rest.length() && rest.charAt(j) == d) {
                            j++;
                        }
                        if (j >= rest.length() || !isDigit(rest.charAt(j))) {
                            e = new Element(d == '0' ? Kind.FRAC0 : Kind.FRAC9, String.valueOf(c), j - 1);
                            len = j;
                        }
                    }
                }
                default -> {}
            }
            if (e == null) {
                lit.append(c);
                i++;
                continue;
            }
            if (!lit.isEmpty()) {
                out.add(new Element(Kind.LITERAL, lit.toString(), 0));
                lit.setLength(0);
            }
            out.add(e);
            i += len;
        }
        if (!lit.isEmpty()) {
            out.add(new Element(Kind.LITERAL, lit.toString(), 0));
        }
        return out;
    }

    private static Element el(Kind k) {
        return new Element(k, null, 0);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

}
