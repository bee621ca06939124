package io.jalloy.syntax.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jalloy.syntax.ast.AccessExpr;
import io.jalloy.syntax.ast.ArrayExpr;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BinaryExpr;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.CallExpr;
import io.jalloy.syntax.ast.Comment;
import io.jalloy.syntax.ast.CommentGroup;
import io.jalloy.syntax.ast.Expr;
import io.jalloy.syntax.ast.File;
import io.jalloy.syntax.ast.IdentifierExpr;
import io.jalloy.syntax.ast.IndexExpr;
import io.jalloy.syntax.ast.LiteralExpr;
import io.jalloy.syntax.ast.ObjectExpr;
import io.jalloy.syntax.ast.ParenExpr;
import io.jalloy.syntax.ast.UnaryExpr;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.token.Token;
import org.junit.jupiter.api.Test;

class ParserTest {

    private static Expr expr(String text) throws Diagnostics {
        return Parser.parseExpression(SourceFile.of("", text));
    }

    /** A compact rendering of an expression tree, for asserting its shape. */
    private static String show(Expr e) {
        return switch (e) {
            case LiteralExpr l -> l.value();
            case IdentifierExpr i -> i.ident().name();
            case BinaryExpr b -> "(" + show(b.left()) + " " + b.kind().text() + " " + show(b.right()) + ")";
            case UnaryExpr u -> "(" + u.kind().text() + show(u.value()) + ")";
            case AccessExpr a -> show(a.value()) + "." + a.name().name();
            case IndexExpr i -> show(i.value()) + "[" + show(i.index()) + "]";
            case CallExpr c -> show(c.value()) + "(" + String.join(", ", c.args().stream().map(ParserTest::show).toList()) + ")";
            case ParenExpr p -> "<" + show(p.inner()) + ">";
            case ArrayExpr a -> "[" + String.join(", ", a.elements().stream().map(ParserTest::show).toList()) + "]";
            case ObjectExpr o -> "{" + String.join(", ", o.fields().stream()
                    .map(f -> (f.quoted() ? "'" + f.name().name() + "'" : f.name().name()) + "=" + show(f.value())).toList()) + "}";
        };
    }

    @Test
    void operatorsBindByAlloysPrecedence() throws Diagnostics {
        assertThat(show(expr("1 + 2 * 3 - 4 / 5 % 6"))).isEqualTo("((1 + (2 * 3)) - ((4 / 5) % 6))");
        assertThat(show(expr("!true || false && 1 < 2 == x"))).isEqualTo("((!true) || (false && ((1 < 2) == x)))");
        assertThat(show(expr("1 * 3 + 5 ^ 3 - 2 % 1"))).isEqualTo("(((1 * 3) + (5 ^ 3)) - (2 % 1))");
    }

    @Test
    void powerIsRightAssociativeAndOthersLeftAssociative() throws Diagnostics {
        assertThat(show(expr("2 ^ 3 ^ 4"))).isEqualTo("(2 ^ (3 ^ 4))");
        assertThat(show(expr("1 - 2 - 3"))).isEqualTo("((1 - 2) - 3)");
        assertThat(show(expr("-2 ^ 2"))).isEqualTo("((-2) ^ 2)");
    }

    @Test
    void postfixOperatorsChainOnPrimaries() throws Diagnostics {
        assertThat(show(expr("-a.b[0](1, 2,).c"))).isEqualTo("(-a.b[0](1, 2).c)");
        assertThat(show(expr("(a.b.c)(1, 3 * l[i * 2]).f"))).isEqualTo("<a.b.c>(1, (3 * l[(i * 2)])).f");
    }

    @Test
    void arraysAndObjectsAllowTrailingCommasAndNewlines() throws Diagnostics {
        assertThat(show(expr("[\n  1,\n  [2],\n]"))).isEqualTo("[1, [2]]");
        assertThat(show(expr("{ a = 1, \"b c\" = { d = null }, }"))).isEqualTo("{a=1, 'b c'={d=null}}");
        assertThat(show(expr("{}"))).isEqualTo("{}");
    }

    @Test
    void literalsKeepTheirSourceText() throws Diagnostics {
        LiteralExpr s = (LiteralExpr) expr("\"a\\n\"");
        assertThat(s.kind()).isEqualTo(Token.STRING);
        assertThat(s.value()).isEqualTo("\"a\\n\"");
        assertThat(s.start()).isZero();
        assertThat(s.end()).isEqualTo(5);
        assertThat(((LiteralExpr) expr("0755")).kind()).isEqualTo(Token.NUMBER);
        assertThat(((LiteralExpr) expr("1.5e3")).kind()).isEqualTo(Token.FLOAT);
    }

    @Test
    void parseExpressionRejectsTrailingInput() {
        assertThatThrownBy(() -> expr("a b")).isInstanceOf(Diagnostics.class)
                .hasMessage("1:3: expected TERMINATOR, got IDENT");
        assertThatThrownBy(() -> expr("1 +")).isInstanceOf(Diagnostics.class)
                .hasMessage("1:4: expected expression, got EOF");
    }

    @Test
    void blocksHaveDottedNamesOptionalLabelsAndPositions() throws Diagnostics {
        File f = Parser.parseFile(SourceFile.of("f.alloy", "prometheus.scrape \"default\" {\n  targets = []\n}\nlogging {}\n"));
        BlockStmt b = (BlockStmt) f.body().get(0);
        assertThat(b.name()).containsExactly("prometheus", "scrape");
        assertThat(b.label()).isEqualTo("default");
        assertThat(b.labelPos()).isEqualTo(18);
        assertThat(b.lCurly()).isEqualTo(28);
        assertThat(b.rCurly()).isEqualTo(45);
        AttributeStmt a = (AttributeStmt) b.body().get(0);
        assertThat(a.name().name()).isEqualTo("targets");
        assertThat(a.name().start()).isEqualTo(32);
        BlockStmt logging = (BlockStmt) f.body().get(1);
        assertThat(logging.label()).isNull();
        assertThat(logging.labelPos()).isEqualTo(SourceFile.NO_POS);
    }

    @Test
    void emptyLabelCountsAsNoLabelButKeepsItsPosition() throws Diagnostics {
        BlockStmt b = (BlockStmt) Parser.parseFile(SourceFile.of("f", "a \"\" {}")).body().get(0);
        assertThat(b.label()).isNull();
        assertThat(b.labelPos()).isEqualTo(2);
    }

    @Test
    void commentsAreGroupedWhenOnAdjacentLines() throws Diagnostics {
        File f = Parser.parseFile(SourceFile.of("f", "// a\n/* b\n */\n// c\n\n// d\nx = 1 // e\n// f\n"));
        assertThat(f.comments()).extracting(g -> g.comments().stream().map(Comment::text).toList())
                .containsExactly(
                        java.util.List.of("// a", "/* b\n */", "// c"),
                        java.util.List.of("// d"),
                        java.util.List.of("// e", "// f"));
        CommentGroup first = f.comments().get(0);
        assertThat(first.start()).isZero();
        assertThat(first.end()).isEqualTo(18);
    }

    @Test
    void severalErrorsAreReportedInOnePassButOnlyOnePerLine() {
        ParseResult r = Parser.parse(SourceFile.of("f.alloy", "a = 1 + + + 2\nb = [1 2]\nc \"x y\" {}\n"));
        assertThat(r.diagnostics().list()).extracting(Diagnostic::toString).containsExactly(
                "f.alloy:1:9: expected expression, got +",
                "f.alloy:2:8: missing ',' in expression list",
                "f.alloy:3:3: expected block label to be a valid identifier, but got \"x y\"");
        assertThat(r.file().body()).hasSize(3);
    }

    @Test
    void attributeWithDottedNameOrLabelIsReportedOverItsName() {
        ParseResult r = Parser.parse(SourceFile.of("f", "a.b = 1\nc \"l\" = 2\n"));
        Diagnostic dotted = r.diagnostics().list().get(0);
        assertThat(dotted.message()).isEqualTo("attribute names may only consist of a single identifier with no \".\"");
        assertThat(dotted.end().column()).isEqualTo(3);
        Diagnostic labelled = r.diagnostics().list().get(1);
        assertThat(labelled.message()).isEqualTo("attribute names may not have labels");
        assertThat(labelled.start().column()).isEqualTo(3);
        assertThat(labelled.end().column()).isEqualTo(5);
    }

    @Test
    void backTickLabelsAreRejected() {
        ParseResult r = Parser.parse(SourceFile.of("f", "a `l` {}\n"));
        assertThat(r.diagnostics().list()).extracting(Diagnostic::message)
                .containsExactly("expected block label to be a double quoted string, but got \"`l`\"");
    }
}
