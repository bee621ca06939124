package io.jalloy.loki.process.stages;

import com.google.re2j.Matcher;

/**
 * {@code stage.luhn}: replaces runs of at least {@code min_length} digits that pass the Luhn
 * check (and fit an int64, as Alloy parses them). With {@code delimiters}, those characters may
 * sit between a number's digits; the last one after a redacted number is kept. Text inside a
 * {@code skip_regex} match passes unchanged. With {@code source}, that value is read and the
 * result becomes the line, as in Alloy.
 */
final class LuhnStage extends EntryStage {
    private final String replacement;
    private final String source;
    private final int minLength;
    private final String delimiters;
    private final Matcher skip;
    private final StringBuilder sb = new StringBuilder();
    private final StringBuilder digits = new StringBuilder();
    private int runStart;
    private char trailing;

    LuhnStage(LuhnConfig c) throws StageException {
        if (c.source() != null && c.source().isEmpty()) {
            throw new StageException("empty source");
        }
        replacement = c.replacement() == null || c.replacement().isEmpty() ? "**REDACTED**" : c.replacement();
        source = c.source();
        minLength = c.minLength() < 1 ? 13 : c.minLength();
        delimiters = c.delimiters() == null ? "" : c.delimiters();
        skip = c.skipRegex() == null || c.skipRegex().isEmpty()
                ? null
                : Regexes.compile(c.skipRegex(), "invalid skip_regex").matcher("");
    }

    @Override
    protected boolean apply(EntryState e) {
        String input = e.line;
        if (source != null) {
            if (!(e.extracted.get(source) instanceof String s)) {
                return true;
            }
            input = s;
        }
        e.line = redact(input);
        return true;
    }

    String redact(String s) {
        sb.setLength(0);
        digits.setLength(0);
        runStart = -1;
        trailing = 0;
        int skipStart = Integer.MAX_VALUE;
        int skipEnd = -1;
        if (skip != null && skip.reset(s).find()) {
            skipStart = skip.start();
            skipEnd = skip.end();
        }
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            while (skip != null && i >= skipEnd && skipEnd >= 0 && skipStart != Integer.MAX_VALUE) {
                if (skip.find()) {
                    skipStart = skip.start();
                    skipEnd = skip.end();
                    if (skipEnd == skipStart) {
                        continue;
                    }
                } else {
                    skipStart = Integer.MAX_VALUE;
                }
                break;
            }
            if (i >= skipStart && i < skipEnd) {
                flush(s, i);
                sb.append(c);
                continue;
            }
            if (c >= '0' && c <= '9') {
                if (runStart < 0) {
                    runStart = i;
                }
                digits.append(c);
                trailing = 0;
            } else if (!delimiters.isEmpty() && delimiters.indexOf(c) >= 0 && runStart >= 0) {
                trailing = c;
            } else {
                flush(s, i);
                sb.append(c);
            }
        }
        flush(s, n);
        return sb.toString();
    }

    private void flush(String s, int end) {
        if (runStart < 0) {
            return;
        }
        int len = digits.length();
        boolean fits = len < 19 || (len == 19 && digits.toString().compareTo("9223372036854775807") <= 0);
        if (len >= minLength && fits && valid(digits)) {
            sb.append(replacement);
            if (trailing != 0) {
                sb.append(trailing);
            }
        } else {
            sb.append(s, runStart, end);
        }
        runStart = -1;
        digits.setLength(0);
        trailing = 0;
    }

    private static boolean valid(CharSequence d) {
        int sum = 0;
        boolean dbl = false;
        for (int i = d.length() - 1; i >= 0; i--) {
            int v = d.charAt(i) - '0';
            if (dbl) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }
}
