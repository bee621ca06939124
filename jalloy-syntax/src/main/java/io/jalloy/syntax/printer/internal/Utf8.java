package io.jalloy.syntax.printer.internal;

/** UTF-8 lengths of Java strings, for Alloy's positions, which count bytes. */
final class Utf8 {
    private Utf8() {}

    /** The number of bytes {@code s} takes in UTF-8; a surrogate pair counts four. */
    static int length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
