package io.jalloy.runtime.controller.internal.check;

import io.jalloy.syntax.ast.File;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.token.SourceFile;

/** The one place validation calls the parser, so the parser's API is named once. */
final class Parsing {
    private Parsing() {}

    record Result(File file, Diagnostics diagnostics) {}

    static Result parse(SourceFile file) {
        throw new UnsupportedOperationException("parser not merged yet");
    }
}
