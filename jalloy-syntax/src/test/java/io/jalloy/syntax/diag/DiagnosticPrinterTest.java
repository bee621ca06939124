package io.jalloy.syntax.diag;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticPrinterTest {

    private static final SourceFile MODULE = SourceFile.of("main.alloy", String.join("\n",
            "// arguments in root",
            "argument \"root\" {}",
            "",
            "",
            "export \"root\" {",
            "\tvalue = \"\"",
            "}",
            "",
            ""));

    @Test
    void singleLineRangeIsUnderlinedWithCaretsAndTabsBecomeFourSpaces() {
        SourceFile tabbed = SourceFile.of("t.alloy", "a {\n\tb = c\n}\n");
        Diagnostics t = Diagnostics.of(Diagnostic.error(tabbed.position(5), tabbed.position(9), "unrecognized"));
        assertThat(DiagnosticPrinter.render(t, n -> tabbed, false)).isEqualTo("""
                Error: t.alloy:2:2: unrecognized

                1 | a {
                2 |     b = c
                  |     ^^^^^
                3 | }
                """);
    }

    @Test
    void multiLineRangeDrawsABracketLikeAlloy() {
        Diagnostics d = Diagnostics.of(Diagnostic.error(MODULE.position(42), MODULE.position(70),
                "export blocks only allowed inside a module"));
        assertThat(MODULE.position(70).line()).isEqualTo(7);
        assertThat(DiagnosticPrinter.render(d, n -> MODULE, false)).isEqualTo("""
                Error: main.alloy:5:1: export blocks only allowed inside a module

                4 |  \s
                5 |   export "root" {
                  |  _^^^^^^^^^^^^^^^
                6 | |     value = ""
                7 | | }
                  | |_^
                8 |  \s
                """);
    }

    @Test
    void diagnosticsAreSeparatedByABlankLineAndFilesMayBeUnknown() {
        Diagnostics d = new Diagnostics(List.of(
                Diagnostic.error(MODULE.position(0), null, "first"),
                Diagnostic.warning(MODULE.position(21), null, "second")));
        assertThat(DiagnosticPrinter.render(d, n -> null, false))
                .isEqualTo("Error: main.alloy:1:1: first\n\nWarning: main.alloy:2:1: second\n");
        assertThat(DiagnosticPrinter.renderPlain(d)).isEqualTo("main.alloy:1:1: first\nmain.alloy:2:1: second\n");
    }

    @Test
    void colourWrapsTheHeaderOnly() {
        Diagnostics d = Diagnostics.of(Diagnostic.error(MODULE.position(0), null, "bad"));
        assertThat(DiagnosticPrinter.render(d, n -> null, true))
                .isEqualTo("\u001b[31;1mError: \u001b[0m\u001b[1mmain.alloy:1:1: bad\n\u001b[0m");
    }

    @Test
    void parseErrorsRenderWithTheirSourceLine() {
        SourceFile src = SourceFile.of("bad.alloy", "a {\n  b = 1 + + 2\n}\n");
        Diagnostics d = Parser.parse(src).diagnostics();
        assertThat(DiagnosticPrinter.render(d, n -> src, false)).isEqualTo("""
                Error: bad.alloy:2:11: expected expression, got +

                1 | a {
                2 |   b = 1 + + 2
                  |           ^
                3 | }
                """);
    }
}
