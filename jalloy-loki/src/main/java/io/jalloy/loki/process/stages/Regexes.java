package io.jalloy.loki.process.stages;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/** RE2 compilation with Go's error texts. */
final class Regexes {
    private Regexes() {}

    /** Compiles {@code expr}; the failure reads {@code prefix: error parsing regexp: ...}. */
    static Pattern compile(String expr, String prefix) throws StageException {
        try {
            return Pattern.compile(expr);
        } catch (PatternSyntaxException e) {
            throw new StageException(prefix + ": " + e.getMessage());
        }
    }
}
