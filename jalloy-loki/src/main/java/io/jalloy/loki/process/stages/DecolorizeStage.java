package io.jalloy.loki.process.stages;

/** {@code stage.decolorize}: removes ANSI SGR sequences ({@code ESC [ digits/semicolons m}) with one scan. */
final class DecolorizeStage extends EntryStage {
    private final StringBuilder sb = new StringBuilder();

    @Override
    protected boolean apply(EntryState e) {
        String s = e.line;
        int esc = s.indexOf('\u001b');
        if (esc < 0) {
            return true;
        }
        sb.setLength(0);
        int from = 0;
        int n = s.length();
        while (esc >= 0) {
            int j = esc + 1;
            if (j < n && s.charAt(j) == '[') {
                j++;
                while (j < n && (Character.isDigit(s.charAt(j)) || s.charAt(j) == ';')) {
                    j++;
                }
                if (j < n && s.charAt(j) == 'm') {
                    sb.append(s, from, esc);
                    from = j + 1;
                }
            }
            esc = s.indexOf('\u001b', esc + 1);
        }
        sb.append(s, from, n);
        e.line = sb.toString();
        return true;
    }
}
