package io.jalloy.syntax.printer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The elastic tabstops and trimming stage on its own, with Go's text/tabwriter semantics. */
class TabAlignerTest {

    private static String align(String in) {
        byte[] bytes = in.replace('§', '\u00ff').getBytes(StandardCharsets.ISO_8859_1);
        return TabAligner.align(bytes, bytes.length).text();
    }

    @Test
    void cellsEndingInAVerticalTabAlignAcrossConsecutiveLines() {
        assertThat(align("a\u000b= 1\nccc\u000b= 2\n")).isEqualTo("a   = 1\nccc = 2\n");
    }

    @Test
    void aFormfeedEndsTheAlignedBlock() {
        assertThat(align("a\u000b= 1\fccc\u000b= 2\n")).isEqualTo("a = 1\nccc = 2\n");
    }

    @Test
    void leadingEmptyCellsBecomeOneTabEach() {
        assertThat(align("\t\tx\u000b= 1\n\t\tyy\u000b= 2\n")).isEqualTo("\t\tx  = 1\n\t\tyy = 2\n");
    }

    @Test
    void escapedTextIsOneOpaqueRunWithoutItsMarkers() {
        assertThat(align("§a\tb§\u000bc\nx\u000by\n")).isEqualTo("a\tb c\nx   y\n");
    }

    @Test
    void blanksAndTabsBeforeALineEndAreDropped() {
        assertThat(align("a  \t\n\t\t\nb")).isEqualTo("a\n\nb");
    }

    @Test
    void blanksInsideEscapedTextSurviveAtALineEnd() {
        assertThat(align("§// c  §\nx")).isEqualTo("// c  \nx");
    }
}
