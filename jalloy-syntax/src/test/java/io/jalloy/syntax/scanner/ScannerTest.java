package io.jalloy.syntax.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.token.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScannerTest {

    /** Every token as "KIND@offset:literal", plus every error as "!offset:message". */
    private static List<String> scan(String text) {
        List<String> out = new ArrayList<>();
        Scanner s = new Scanner(SourceFile.of("t", text), (off, msg) -> out.add("!" + off + ":" + msg), true);
        while (true) {
            Token t = s.scan();
            if (t == Token.EOF) {
                return out;
            }
            out.add(t.name() + "@" + s.pos() + ":" + s.literal().replace("\n", "\\n"));
        }
    }

    @ParameterizedTest(name = "{0} scans as {1}")
    @CsvSource(delimiter = '|', value = {
        "0        | NUMBER",
        "0755     | NUMBER",
        "123456789012345678890 | NUMBER",
        "0.       | FLOAT",
        ".5       | FLOAT",
        "3.14     | FLOAT",
        "1e0      | FLOAT",
        "1E+100   | FLOAT",
        "2.5e-10  | FLOAT",
    })
    void numbersAreIntegersUnlessTheyHaveAFractionOrExponent(String text, Token kind) {
        assertThat(scan(text)).containsExactly(kind.name() + "@0:" + text, "TERMINATOR@" + text.length() + ":\\n");
    }

    @Test
    void exponentWithoutDigitsIsReportedAtTheNumbersStart() {
        assertThat(scan("x = 10E")).contains("!4:exponent has no digits", "FLOAT@4:10E");
    }

    @Test
    void aSecondDotStartsAFractionOfItsOwn() {
        assertThat(scan("1.5.3")).startsWith("FLOAT@0:1.5", "FLOAT@3:.3");
    }

    @ParameterizedTest(name = "{0} is reported as {1}")
    @CsvSource(delimiter = '|', value = {
        "\"\\q\"         | !2:unknown escape sequence",
        "\"\\'\"         | !2:unknown escape sequence",
        "\"\\x4g\"       | !2:illegal character U+0067 'g' in escape sequence",
        "\"\\ud800\"     | !2:escape sequence is invalid Unicode code point",
        "\"\\U00110000\" | !2:escape sequence is invalid Unicode code point",
        "\"\\400\"       | !2:escape sequence is invalid Unicode code point",
        "\"abc          | !0:string literal not terminated",
    })
    void badEscapesAreReportedWithAlloysTexts(String text, String error) {
        assertThat(scan(text)).contains(error);
    }

    @Test
    void everyGoEscapeIsAccepted() {
        assertThat(scan("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\101\\x41\\u00e9\\U0001F600\"")).noneMatch(e -> e.startsWith("!"));
    }

    @Test
    void unterminatedEscapeAtEndOfInputReportsBothProblems() {
        assertThat(scan("\"\\")).contains("!2:escape sequence not terminated", "!0:string literal not terminated");
    }

    @Test
    void rawStringsSpanLinesAndKeepBackslashes() {
        assertThat(scan("`a\\q\nb`")).containsExactly("STRING@0:`a\\q\\nb`", "TERMINATOR@7:\\n");
    }

    @Test
    void singleQuotedStringsAreIllegal() {
        assertThat(scan("'x'")).startsWith("!0:illegal single-quoted string; use double quotes", "ILLEGAL@0:'x'");
    }

    @Test
    void illegalCharactersAreNamedLikeGo() {
        assertThat(scan("\u0007")).contains("!0:illegal character U+0007");
        assertThat(scan("\u2026")).contains("!0:illegal character U+2026 '\u2026'");
        assertThat(scan("a: b")).contains("!1:illegal character U+003A ':'");
        assertThat(scan("a & b")).contains("!3:missing second & in &&");
        assertThat(scan("a | b")).contains("!3:missing second | in ||");
    }

    @Test
    void terminatorsFollowIdentifiersLiteralsAndClosingBrackets() {
        assertThat(scan("a {\n b = [1]\n}\n")).containsExactly(
                "IDENT@0:a", "LCURLY@2:", "IDENT@5:b", "ASSIGN@7:", "LBRACK@9:", "NUMBER@10:1", "RBRACK@11:",
                "TERMINATOR@12:\\n", "RCURLY@13:", "TERMINATOR@14:\\n");
    }

    @Test
    void noTerminatorAfterOperatorsOrOpeningBrackets() {
        assertThat(scan("a = 1 +\n 2")).containsExactly(
                "IDENT@0:a", "ASSIGN@2:", "NUMBER@4:1", "ADD@6:", "NUMBER@9:2", "TERMINATOR@10:\\n");
    }

    @Test
    void terminatorComesBeforeACommentThatEndsTheLine() {
        assertThat(scan("a // c\nb /* d */\n")).containsExactly(
                "IDENT@0:a", "TERMINATOR@2:\\n", "COMMENT@2:// c", "IDENT@7:b", "TERMINATOR@9:\\n", "COMMENT@9:/* d */");
    }

    @Test
    void commentInTheMiddleOfALineInsertsNoTerminator() {
        assertThat(scan("a /* c */ b")).containsExactly(
                "IDENT@0:a", "COMMENT@2:/* c */", "IDENT@10:b", "TERMINATOR@11:\\n");
    }

    @Test
    void carriageReturnsAreStrippedFromComments() {
        assertThat(scan("/*\r*/")).containsExactly("COMMENT@0:/**/");
        assertThat(scan("//\r\n")).containsExactly("COMMENT@0://");
        assertThat(scan("/**\r/*/")).containsExactly("COMMENT@0:/**\r/*/");
    }

    @Test
    void unterminatedBlockCommentIsReported() {
        assertThat(scan("/* x")).contains("!0:block comment not terminated");
    }

    @Test
    void leadingByteOrderMarkIsIgnoredButALaterOneIsReportedOnce() {
        assertThat(scan("\ufeffa")).containsExactly("IDENT@3:a", "TERMINATOR@4:\\n");
        assertThat(scan("\ufeff\ufeff")).containsExactly("!3:illegal byte order mark", "ILLEGAL@3:\ufeff");
    }

    @Test
    void identifiersMayUseUnicodeLettersAndDigits() {
        assertThat(scan("h\u00e9llo a\u06f0\u06f1 \u015dfoo")).startsWith(
                "IDENT@0:h\u00e9llo", "IDENT@7:a\u06f0\u06f1", "IDENT@13:\u015dfoo");
    }

    @Test
    void keywordsAreNullAndBooleans() {
        assertThat(scan("null true false nullx")).startsWith("NULL@0:null", "BOOL@5:true", "BOOL@10:false", "IDENT@16:nullx");
    }

    @Test
    void invalidUtf8AndNulAreReported() {
        List<String> out = new ArrayList<>();
        Scanner s = new Scanner(SourceFile.of("t", new byte[] {'"', 'a', (byte) 0x80, 0, '"'}),
                (off, msg) -> out.add(off + ":" + msg), true);
        assertThat(s.scan()).isEqualTo(Token.STRING);
        assertThat(out).containsExactly("2:illegal UTF-8 encoding", "3:illegal character NUL");
    }

    @Test
    void everyOperatorIsRecognised() {
        assertThat(scan("|| && ! != = == < <= > >= + - * / % ^ { } ( ) [ ] , ."))
                .map(t -> t.substring(0, t.indexOf('@')))
                .containsExactly("OR", "AND", "NOT", "NEQ", "ASSIGN", "EQ", "LT", "LTE", "GT", "GTE", "ADD", "SUB",
                        "MUL", "DIV", "MOD", "POW", "LCURLY", "RCURLY", "LPAREN", "RPAREN", "LBRACK", "RBRACK",
                        "COMMA", "DOT");
    }

    @Test
    void validIdentifiersAreSingleIdentifierTokens() {
        assertThat(Identifiers.isValid("abc_1")).isTrue();
        assertThat(Identifiers.isValid("\u00e9t\u00e9")).isTrue();
        assertThat(Identifiers.isValid("<LABEL>")).isFalse();
        assertThat(Identifiers.isValid("with space")).isFalse();
        assertThat(Identifiers.isValid("1abc")).isFalse();
        assertThat(Identifiers.isValid("true")).isFalse();
        assertThat(Identifiers.isValid("")).isFalse();
    }
}
