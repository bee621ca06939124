package io.jalloy.syntax.printer;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.File;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import org.junit.jupiter.api.Test;

/** Corners of Alloy's layout that its own printer cases do not pin down. */
class PrinterBehaviourTest {

    private static String fmt(String text) throws Diagnostics {
        return Formatter.format(SourceFile.of("test.alloy", text));
    }

    @Test
    void emptyFileFormatsToASingleNewline() throws Diagnostics {
        assertThat(fmt("")).isEqualTo("\n");
    }

    @Test
    void printerOutputHasNoFinalNewlineOfItsOwn() throws Diagnostics {
        File file = Parser.parseFile(SourceFile.of("t.alloy", "a = 1\n"));
        assertThat(Printer.format(file)).isEqualTo("a = 1");
    }

    @Test
    void runsOfBlankLinesShrinkToOne() throws Diagnostics {
        assertThat(fmt("a = 1\n\n\n\nb = 2\n\n\n")).isEqualTo("a = 1\n\nb = 2\n");
        assertThat(fmt("// a\n\n\n\n// b\n")).isEqualTo("// a\n\n// b\n");
    }

    @Test
    void alignmentCountsCharactersNotBytes() throws Diagnostics {
        assertThat(fmt("é = 1\nab = 2\n")).isEqualTo("é  = 1\nab = 2\n");
    }

    @Test
    void trailingCommentsAlignWithinARun() throws Diagnostics {
        assertThat(fmt("a = 1 // one\nlonger = \"x\" // two\n"))
                .isEqualTo("a      = 1   // one\nlonger = \"x\" // two\n");
    }

    @Test
    void blockCommentBetweenTokensStaysInline() throws Diagnostics {
        assertThat(fmt("a = /* c */ 1\nbb = [1, /* x */ 2]\n"))
                .isEqualTo("a  = /* c */ 1\nbb = [1, /* x */ 2]\n");
    }

    @Test
    void commentsInsideMultiLineArraysTakeTheElementIndentation() throws Diagnostics {
        assertThat(fmt("a {\n  b = [\n    1, // one\n    /* two */ 2,\n  ]\n  c = 3\n}\n"))
                .isEqualTo("a {\n\tb = [\n\t\t1, // one\n\t\t/* two */ 2,\n\t]\n\tc = 3\n}\n");
    }

    @Test
    void singleLineObjectsHaveNoInnerPadding() throws Diagnostics {
        assertThat(fmt("x = [ { \"a\" = 1 , b = 2 } ]\n")).isEqualTo("x = [{\"a\" = 1, b = 2}]\n");
    }

    @Test
    void callWithNoArgumentsOverTwoLinesKeepsAlloysStrayComma() throws Diagnostics {
        // Alloy's walker adds the trailing comma whenever ')' is on another line, even with no argument.
        assertThat(fmt("x = f(\n)\n")).isEqualTo("x = f(,\n)\n");
    }

    @Test
    void numberFollowedByDotStaysApart() throws Diagnostics {
        assertThat(fmt("x = (1).a\n")).isEqualTo("x = (1).a\n");
    }

    @Test
    void singleStatementsAndExpressionsPrintWithoutAFile() throws Diagnostics {
        SourceFile src = SourceFile.of("t.alloy", "a = {\nb = 1 + 2,\nccc = [3,\n4],\n}\n");
        File file = Parser.parseFile(src);
        AttributeStmt attr = (AttributeStmt) file.body().get(0);
        assertThat(Printer.format(attr, src)).isEqualTo("a = {\n\tb   = 1 + 2,\n\tccc = [3,\n\t\t4],\n}");
        assertThat(Printer.format(attr.value(), src)).isEqualTo("{\n\tb   = 1 + 2,\n\tccc = [3,\n\t\t4],\n}");
    }
}
