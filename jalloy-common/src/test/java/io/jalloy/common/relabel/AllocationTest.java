package io.jalloy.common.relabel;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.common.labels.Labels;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Relabeling that changes nothing returns its input and allocates nothing on the hot path. */
class AllocationTest {

    @Test
    void rulesThatChangeNothingAllocateNothing() throws Exception {
        RelabelRules rules = RuleText.compile("""
                rule {
                  source_labels = ["app"]
                  regex         = "backend|api"
                  action        = "keep"
                }
                rule {
                  source_labels = ["app"]
                  regex         = "frontend"
                  action        = "drop"
                }
                rule {
                  target_label = "env"
                  replacement  = "prod"
                }
                rule {
                  source_labels = ["instance"]
                  target_label  = "name"
                }
                rule {
                  action = "labeldrop"
                  regex  = "__tmp_.*"
                }
                rule {
                  source_labels = ["__address__"]
                  regex         = "(.*):80"
                  target_label  = "host"
                  replacement   = "web"
                }
                """);
        Labels in = Labels.of("app", "api", "env", "prod", "instance", "i-1", "name", "i-1", "__address__", "h:9090");
        for (int i = 0; i < 50_000; i++) {
            assertThat(rules.process(in)).isSameAs(in);
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().threadId();
        long before = threads.getThreadAllocatedBytes(id);
        int same = 0;
        for (int i = 0; i < 10_000; i++) {
            if (rules.process(in) == in) {
                same++;
            }
        }
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertThat(same).isEqualTo(10_000);
        // 10,000 runs of six rules: anything per run would be at least 160 KB.
        assertThat(allocated).isLessThan(16_000);
    }
}
