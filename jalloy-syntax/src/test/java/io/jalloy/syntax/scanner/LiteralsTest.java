package io.jalloy.syntax.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiteralsTest {

    @Test
    void unquoteDecodesEveryGoEscape() {
        assertThat(Literals.unquote("\"a\\a\\b\\f\\n\\r\\t\\v\\\\\\\"z\"")).isEqualTo("a\u0007\b\f\n\r\t\u000b\\\"z");
        assertThat(Literals.unquote("\"\\101\\x41\\u00e9\\U0001F600\"")).isEqualTo("AA\u00e9\uD83D\uDE00");
        assertThat(Literals.unquote("\"\\xc3\\xa9\"")).isEqualTo("\u00e9");
    }

    @Test
    void unquoteLeavesPlainTextAlone() {
        assertThat(Literals.unquote("\"h\u00e9llo, world\"")).isEqualTo("h\u00e9llo, world");
        assertThat(Literals.unquote("\"\"")).isEmpty();
    }

    @Test
    void rawStringsKeepBackslashesAndLoseCarriageReturns() {
        assertThat(Literals.unquote("`a\\n\r\nb`")).isEqualTo("a\\n\nb");
    }

    @ParameterizedTest(name = "{0} is not a valid literal")
    @ValueSource(strings = {"\"\\q\"", "\"\\'\"", "\"abc", "'a'", "\"\\x4\"", "\"\\ud800\"", "\"a\nb\"", "`a`b`", "\""})
    void unquoteRejectsMalformedLiterals(String literal) {
        assertThatThrownBy(() -> Literals.unquote(literal)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid syntax");
    }

    @Test
    void quoteEscapesLikeGoStrconvQuote() {
        assertThat(Literals.quote("a\"b\\c\n\t")).isEqualTo("\"a\\\"b\\\\c\\n\\t\"");
        assertThat(Literals.quote("\u0007\u000b\u0001\u007f")).isEqualTo("\"\\a\\v\\x01\\x7f\"");
        assertThat(Literals.quote("h\u00e9llo \uD83D\uDE00")).isEqualTo("\"h\u00e9llo \uD83D\uDE00\"");
        assertThat(Literals.quote("\u200b\ue000")).isEqualTo("\"\\u200b\\ue000\"");
        assertThat(Literals.quote("\uDB80\uDC00")).isEqualTo("\"\\U000f0000\"");
    }

    @Test
    void quoteThenUnquoteRoundTrips() {
        String s = "tab\there \"quoted\" \\ \u00e9 \u0000 \uD83D\uDE00 \u200b";
        assertThat(Literals.unquote(Literals.quote(s))).isEqualTo(s);
    }
}
