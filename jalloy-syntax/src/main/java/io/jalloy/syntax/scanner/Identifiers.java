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
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Scanner s = new Scanner(bytes, null, false, false);
        Token tok = s.scan();
        return tok == Token.IDENT && s.pos() == 0 && s.end() == bytes.length;
    }
}
