package io.jalloy.syntax.scanner;

import io.jalloy.syntax.token.Token;
import java.nio.charset.StandardCharsets;

/** Decides what Alloy accepts as an identifier (block labels, unquoted object keys). Stateless. */
public final class Identifiers {
    private Identifiers() {}

    /**
     * Whether {@code text} scans as exactly one identifier, as Alloy's {@code IsValidIdentifier}:
     * Unicode letters or underscore first, then letters or digits; keywords are not identifiers.
     */
    public static boolean isValid(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int ascii = asciiIdentifier(text);
        if (ascii >= 0) {
            return ascii == 1;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Scanner s = new Scanner(bytes, null, false, false);
        Token tok = s.scan();
        return tok == Token.IDENT && s.pos() == 0 && s.end() == bytes.length;
    }

    /** 1 or 0 when {@code text} is all ASCII and is or is not an identifier; -1 when it is not ASCII. */
    private static int asciiIdentifier(String text) {
        boolean ok = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return -1;
            }
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            ok &= letter || (i > 0 && c >= '0' && c <= '9');
        }
        if (!ok) {
            return 0;
        }
        return text.equals("true") || text.equals("false") || text.equals("null") ? 0 : 1;
    }
}
