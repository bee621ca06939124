package io.jalloy.runtime.controller.internal.check;

import io.jalloy.syntax.parser.ParseResult;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;

/** The one place validation calls the parser, so the parser's API is named once. */
final class Parsing {
    private Parsing() {}

    static ParseResult parse(SourceFile file) {
        return Parser.parse(file);
    }
}
