package io.jalloy.runtime.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TxtarTest {

    private static Txtar parse(String s) {
        return Txtar.parse(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String data(Txtar t, int i) {
        return new String(t.files().get(i).data(), StandardCharsets.UTF_8);
    }

    @Test
    void theCommentBeforeTheFirstMarkerIsTheTitle() {
        Txtar t = parse("my case\n\n-- a.alloy --\nx\n");
        assertThat(t.title()).isEqualTo("my case");
        assertThat(t.files()).extracting(Txtar.Entry::name).containsExactly("a.alloy");
    }

    @Test
    void eachFileRunsUpToTheNextMarkerIncludingBlankLines() {
        Txtar t = parse("c\n-- a.alloy --\none\n\n-- b.alloy --\ntwo\n");
        assertThat(data(t, 0)).isEqualTo("one\n\n");
        assertThat(data(t, 1)).isEqualTo("two\n");
    }

    @Test
    void theLastFileGainsAFinalNewline() {
        Txtar t = parse("c\n-- a.alloy --\nno newline");
        assertThat(data(t, 0)).isEqualTo("no newline\n");
    }

    @Test
    void linesThatOnlyLookLikeMarkersStayData() {
        Txtar t = parse("c\n-- a.alloy --\n--  --\n-- x\n");
        assertThat(t.files()).hasSize(1);
        assertThat(data(t, 0)).isEqualTo("--  --\n-- x\n");
    }
}
