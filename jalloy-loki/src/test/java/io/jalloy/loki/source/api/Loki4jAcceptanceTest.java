package io.jalloy.loki.source.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import io.jalloy.component.NoExports;
import io.jalloy.loki.api.LogEntry;
import io.jalloy.loki.testing.CollectingReceiver;
import io.jalloy.runtime.componenttest.ComponentTestController;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Acceptance: the loki4j Logback appender, a widely used Loki client, pushes to {@code
 * loki.source.api} in both its JSON and protobuf modes, and every event arrives with its labels.
 */
class Loki4jAcceptanceTest {
    private static final int EVENTS = 50;

    private static LoggerContext logback(int port, boolean protobuf) throws Exception {
        String xml = """
                <configuration>
                  <appender name="LOKI" class="com.github.loki4j.logback.Loki4jAppender">
                    <http>
                      <url>http://127.0.0.1:%d/loki/api/v1/push</url>
                      <useProtobufApi>%s</useProtobufApi>
                    </http>
                    <labels>
                      app = acceptance
                      mode = %s
                      level = %%level
                    </labels>
                    <message>
                      <pattern>%%msg</pattern>
                    </message>
                    <batch>
                      <timeoutMs>100</timeoutMs>
                    </batch>
                  </appender>
                  <root level="INFO">
                    <appender-ref ref="LOKI"/>
                  </root>
                </configuration>
                """.formatted(port, protobuf, protobuf ? "protobuf" : "json");
        LoggerContext context = new LoggerContext();
        // Outside SLF4J's service loading the context has no MDC adapter until given one.
        context.setMDCAdapter(new LogbackMDCAdapter());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return context;
    }

    @ParameterizedTest(name = "protobuf={0}")
    @ValueSource(booleans = {false, true})
    void everyLoggedEventArrivesWithItsLabels(boolean protobuf) throws Exception {
        CollectingReceiver out = new CollectingReceiver();
        int port = CollectingReceiver.freePort();
        try (var c = ComponentTestController.<Arguments, NoExports>of(new SourceApiProvider())) {
            c.start(c.parseArguments("http {\n listen_address = \"127.0.0.1\"\n listen_port = " + port + "\n}\n"
                    + "forward_to = []\nuse_incoming_timestamp = true\n").withForwardTo(out));
            LoggerContext context = logback(port, protobuf);
            Logger log = context.getLogger("acceptance");
            long before = System.currentTimeMillis();
            for (int i = 0; i < EVENTS; i++) {
                if (i % 5 == 0) {
                    log.warn("event {}", i);
                } else {
                    log.info("event {}", i);
                }
            }
            List<LogEntry> got = out.await(EVENTS, Duration.ofSeconds(20));
            context.stop();

            assertThat(got).extracting(LogEntry::line).containsExactlyInAnyOrderElementsOf(
                    IntStream.range(0, EVENTS).mapToObj(i -> "event " + i).toList());
            String mode = protobuf ? "protobuf" : "json";
            for (LogEntry e : got) {
                int n = Integer.parseInt(e.line().substring("event ".length()));
                assertThat(e.labels().get("app")).isEqualTo("acceptance");
                assertThat(e.labels().get("mode")).isEqualTo(mode);
                assertThat(e.labels().get("level")).isEqualTo(n % 5 == 0 ? "WARN" : "INFO");
                assertThat(e.timestampNanos() / 1_000_000).isBetween(before, System.currentTimeMillis());
                assertThat(e.structuredMetadata().get("logger")).isEqualTo("acceptance");
            }
        }
    }
}
