package io.jalloy.common.relabel;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import org.junit.jupiter.api.Test;

class RelabelCacheTest {

    private static RelabelRules dropFrontendAddEnv() throws Exception {
        return RuleText.compile("""
                rule {
                  source_labels = ["app"]
                  regex         = "frontend"
                  action        = "drop"
                }
                rule {
                  target_label = "env"
                  replacement  = "prod"
                }
                """);
    }

    @Test
    void aRepeatedInputIsServedFromTheCache() throws Exception {
        RelabelCache cache = new RelabelCache(dropFrontendAddEnv(), 100);
        Labels first = cache.process(Labels.of("app", "api"));
        Labels second = cache.process(Labels.of("app", "api"));
        assertThat(first).isEqualTo(Labels.of("app", "api", "env", "prod"));
        assertThat(second).isSameAs(first);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void droppedInputsAreRememberedAsDropped() throws Exception {
        RelabelCache cache = new RelabelCache(dropFrontendAddEnv(), 100);
        assertThat(cache.process(Labels.of("app", "frontend"))).isNull();
        assertThat(cache.process(Labels.of("app", "frontend"))).isNull();
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void theLeastRecentlyUsedEntryIsEvictedFirst() throws Exception {
        RelabelCache cache = new RelabelCache(dropFrontendAddEnv(), 2);
        Labels a = cache.process(Labels.of("app", "a"));
        cache.process(Labels.of("app", "b"));
        cache.process(Labels.of("app", "a")); // a is now the most recent
        cache.process(Labels.of("app", "c")); // evicts b
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.process(Labels.of("app", "a"))).isSameAs(a);
    }

    @Test
    void aLargeCacheStaysWithinItsBoundAcrossShards() throws Exception {
        RelabelCache cache = new RelabelCache(dropFrontendAddEnv(), 10_000);
        for (int i = 0; i < 30_000; i++) {
            cache.process(Labels.of("app", "a" + i));
        }
        assertThat(cache.size()).isLessThanOrEqualTo(10_000).isGreaterThan(9_000);
        cache.clear();
        assertThat(cache.size()).isZero();
    }

    @Test
    void sizeZeroDisablesCaching() throws Exception {
        RelabelCache cache = new RelabelCache(dropFrontendAddEnv(), 0);
        assertThat(cache.process(Labels.of("app", "x"))).isEqualTo(Labels.of("app", "x", "env", "prod"));
        assertThat(cache.size()).isZero();
    }
}
