package io.jalloy.common.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Label sets share their names array while staying equal, hashed and ordered as before. */
class NameSetsTest {

    @Test
    void setsWithTheSameNamesAreEqualOnlyWhenTheirValuesAre() {
        Labels a = Labels.of("job", "api", "instance", "a:1");
        Labels b = Labels.of("instance", "a:1", "job", "api");
        Labels c = Labels.of("job", "api", "instance", "a:2");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(a.compareTo(c)).isNegative();
        assertThat(Labels.of("job", "api", "zone", "a:1")).isNotEqualTo(a);
    }

    @Test
    void theHashIsThatOfTheAlternatingNamesAndValues() {
        Labels l = Labels.of("b", "2", "a", "1", "c", "3");
        assertThat(l.hashCode()).isEqualTo(Arrays.hashCode(new String[] {"a", "1", "b", "2", "c", "3"}));
    }

    @Test
    void aCachedNamesArrayIsReusedAndAMissKeepsTheCallersOwn() {
        String[] first = {"instance", "job", "zzz_names_sets_test"};
        String[] second = first.clone();
        assertThat(NameSets.canonical(first)).isSameAs(first);
        assertThat(NameSets.canonical(second)).isSameAs(first);
        String[] other = {"instance", "job", "zzz_names_sets_other"};
        assertThat(NameSets.canonical(other)).isEqualTo(other);
    }

    @Test
    void builderEditsKeepNamesAndValuesAligned() {
        Labels base = Labels.of("a", "1", "c", "3", "e", "5");
        Labels edited = base.toBuilder().set("b", "2").del("c").set("e", "6").set("f", "7").build();
        assertThat(edited.toMap()).containsExactly(java.util.Map.entry("a", "1"), java.util.Map.entry("b", "2"),
                java.util.Map.entry("e", "6"), java.util.Map.entry("f", "7"));
        assertThat(edited.toString()).isEqualTo("{a=\"1\", b=\"2\", e=\"6\", f=\"7\"}");
        assertThat(base.toBuilder().keep("a", "e").build()).isEqualTo(Labels.of("a", "1", "e", "5"));
        assertThat(Labels.of("__name__", "m", "x", "1").withoutReserved()).isEqualTo(Labels.of("x", "1"));
    }
}
