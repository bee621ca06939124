package io.jalloy.loki.process.stages;

/** {@code stage.luhn}: replaces digit runs of at least {@code min_length} that pass the Luhn check. */
final class LuhnStage extends EntryStage {
    private final String replacement;
    private final String source;
    private final int minLength;
    private final StringBuilder sb = new StringBuilder();

    LuhnStage(LuhnConfig c) throws StageException {
        if (c.source() != null && c.source().isEmpty()) {
            throw new StageException("empty source");
        }
        replacement = c.replacement();
        source = c.source();
        minLength = c.minLength();
    }

    @Override
    protected boolean apply(EntryState e) {
        String input = e.line;
        if (source != null) {
            if (!e.extracted.containsKey(source)) {
                return true;
            }
            input = Values.asString(e.extracted.get(source));
        }
        e.line = redact(input);
        return true;
    }

    String redact(String s) {
        sb.setLength(0);
        int n = s.length();
        int i = 0;
        boolean changed = false;
        while (i < n) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                sb.append(c);
                i++;
                continue;
            }
            int start = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            // Alloy parses the run as an int64 first; longer runs are never redacted.
            boolean fits = i - start < 19 || (i - start == 19 && s.substring(start, i).compareTo("9223372036854775807") <= 0);
            if (i - start >= minLength && fits && valid(s, start, i)) {
                sb.append(replacement);
                changed = true;
            } else {
                sb.append(s, start, i);
            }
        }
        return changed ? sb.toString() : s;
    }

    private static boolean valid(String s, int from, int to) {
        int sum = 0;
        boolean dbl = false;
        for (int i = to - 1; i >= from; i--) {
            int d = s.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }
}
