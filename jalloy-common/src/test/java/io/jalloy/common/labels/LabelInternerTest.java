package io.jalloy.common.labels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelInternerTest {

    @Test
    void equalStringsShareOneInstance() {
        LabelInterner interner = new LabelInterner(10);
        String first = interner.intern(new String("job"));
        String second = interner.intern(new String("job"));
        assertThat(second).isSameAs(first);
        assertThat(interner.size()).isEqualTo(1);
    }

    @Test
    void aFullInternerReturnsUnknownStringsUnchanged() {
        LabelInterner interner = new LabelInterner(1);
        interner.intern("a");
        String b = new String("b");
        assertThat(interner.intern(b)).isSameAs(b);
        assertThat(interner.size()).isEqualTo(1);
        assertThat(interner.intern(new String("a"))).isEqualTo("a");
    }

    @Test
    void nullStaysNull() {
        assertThat(new LabelInterner(1).intern(null)).isNull();
    }
}
