package io.jalloy.common.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void labelsAreSortedByNameWhateverTheInputOrder() {
        Labels l = Labels.of("zone", "a", "job", "api", "env", "prod");
        assertThat(l.size()).isEqualTo(3);
        assertThat(List.of(l.name(0), l.name(1), l.name(2))).containsExactly("env", "job", "zone");
        assertThat(l.value(1)).isEqualTo("api");
    }

    @Test
    void emptyValuesAreDroppedAndALaterDuplicateWins() {
        Labels l = Labels.of("a", "1", "b", "", "a", "2");
        assertThat(l.toMap()).isEqualTo(Map.of("a", "2"));
    }

    @Test
    void anOddNumberOfStringsIsRejected() {
        assertThatThrownBy(() -> Labels.of("a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void getReturnsTheEmptyStringForAMissingLabelInSmallAndLargeSets() {
        Labels small = Labels.of("a", "1", "c", "3");
        assertThat(small.get("c")).isEqualTo("3");
        assertThat(small.get("b")).isEmpty();
        Labels.Builder b = new Labels.Builder();
        for (int i = 0; i < 40; i++) {
            b.set("label_" + (char) ('a' + i % 26) + i, "v" + i);
        }
        Labels large = b.build();
        assertThat(large.get("label_c2")).isEqualTo("v2");
        assertThat(large.get("label_z39")).isEmpty();
        assertThat(large.has("label_n39")).isTrue();
    }

    @Test
    void equalSetsHaveEqualHashesAndDifferentSetsAreNotEqual() {
        Labels a = Labels.of("job", "api", "env", "prod");
        Labels b = Labels.of("env", "prod", "job", "api");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Labels.of("job", "api", "env", "dev"));
        assertThat(a).isNotEqualTo(Labels.of("job", "api"));
        assertThat(a.hashCode()).isNotEqualTo(Labels.of("job", "api", "env", "dev").hashCode());
    }

    @Test
    void forEachVisitsLabelsInNameOrder() {
        List<String> seen = new ArrayList<>();
        Labels.of("b", "2", "a", "1").forEach((n, v) -> seen.add(n + "=" + v));
        assertThat(seen).containsExactly("a=1", "b=2");
    }

    @Test
    void builderAppliesSetsAndDeletesInOneBuild() {
        Labels base = Labels.of("a", "1", "b", "2", "c", "3");
        Labels out = base.toBuilder().set("d", "4").del("b").set("a", "10").set("0", "zero").build();
        assertThat(out.toMap()).isEqualTo(Map.of("0", "zero", "a", "10", "c", "3", "d", "4"));
        assertThat(out.name(0)).isEqualTo("0");
        assertThat(base.toMap()).hasSize(3);
    }

    @Test
    void builderSeesItsOwnPendingChanges() {
        Labels.Builder b = Labels.of("a", "1").toBuilder();
        b.set("x", "9").del("a");
        assertThat(b.get("x")).isEqualTo("9");
        assertThat(b.get("a")).isEmpty();
        b.set("a", "1");
        assertThat(b.get("a")).isEqualTo("1");
    }

    @Test
    void builderWhoseChangesCancelOutBuildsTheBaseInstance() {
        Labels base = Labels.of("a", "1", "b", "2");
        assertThat(base.toBuilder().build()).isSameAs(base);
        assertThat(base.toBuilder().set("a", "1").build()).isSameAs(base);
        assertThat(base.toBuilder().del("a").set("a", "1").build()).isSameAs(base);
        assertThat(base.toBuilder().set("z", "9").del("z").build()).isSameAs(base);
        assertThat(base.toBuilder().del("missing").build()).isSameAs(base);
    }

    @Test
    void settingAnEmptyValueDeletes() {
        assertThat(Labels.of("a", "1", "b", "2").toBuilder().set("a", "").build()).isEqualTo(Labels.of("b", "2"));
    }

    @Test
    void keepRemovesEveryOtherLabel() {
        Labels out = Labels.of("a", "1", "b", "2", "c", "3").toBuilder().set("d", "4").keep("b", "d").build();
        assertThat(out).isEqualTo(Labels.of("b", "2", "d", "4"));
    }

    @Test
    void aBuilderIsReusableAfterReset() {
        Labels.Builder b = new Labels.Builder();
        Labels first = b.reset(Labels.of("a", "1")).set("b", "2").build();
        Labels second = b.reset(Labels.of("x", "1")).build();
        assertThat(first).isEqualTo(Labels.of("a", "1", "b", "2"));
        assertThat(second).isEqualTo(Labels.of("x", "1"));
    }

    @Test
    void builderGrowsPastItsInitialCapacity() {
        Labels.Builder b = Labels.of("keep", "k").toBuilder();
        for (int i = 0; i < 100; i++) {
            b.set("n" + i, "v" + i);
        }
        for (int i = 0; i < 50; i++) {
            b.del("n" + i);
        }
        Labels out = b.build();
        assertThat(out.size()).isEqualTo(51);
        assertThat(out.get("n77")).isEqualTo("v77");
        assertThat(out.has("n7")).isFalse();
    }

    @Test
    void reservedLabelsAreDroppedOnRequest() {
        Labels l = Labels.of("__address__", "h:1", "__meta_x", "y", "job", "j", "_single", "s");
        assertThat(l.hasReserved()).isTrue();
        assertThat(l.withoutReserved()).isEqualTo(Labels.of("job", "j", "_single", "s"));
        Labels plain = Labels.of("job", "j");
        assertThat(plain.withoutReserved()).isSameAs(plain);
    }

    @Test
    void toStringUsesPrometheusNotation() {
        assertThat(Labels.of("b", "x\"y", "a", "1").toString()).isEqualTo("{a=\"1\", b=\"x\\\"y\"}");
        assertThat(Labels.EMPTY.toString()).isEqualTo("{}");
    }

    @Test
    void setsCompareByNamesThenValues() {
        assertThat(Labels.of("a", "1").compareTo(Labels.of("a", "2"))).isNegative();
        assertThat(Labels.of("a", "1").compareTo(Labels.of("a", "1", "b", "1"))).isNegative();
        assertThat(Labels.of("b", "1").compareTo(Labels.of("a", "9"))).isPositive();
    }
}
