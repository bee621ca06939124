package io.jalloy.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class LogLineTest {
    private static LogRecord record(Level level, String logger, String message) {
        LogRecord r = new LogRecord(level, message);
        r.setLoggerName(logger);
        r.setInstant(Instant.parse("2026-01-02T03:04:05.123456789Z"));
        return r;
    }

    @Test
    void logfmtQuotesOnlyValuesThatNeedIt() {
        String line = LogLine.format(record(Level.INFO, "io.jalloy.cli.X", "config reloaded"), LogFormat.LOGFMT);

        assertThat(line).isEqualTo("ts=2026-01-02T03:04:05.123456789Z level=info msg=\"config reloaded\"\n");
    }

    @Test
    void componentLoggersAddTheComponentPathAndId() {
        String root = LogLine.format(record(Level.WARNING, "io.jalloy.component.local.file.x", "gone"), LogFormat.LOGFMT);
        String nested = LogLine.format(record(Level.SEVERE, "io.jalloy.component.module.file.m/local.file.x", "gone"),
                LogFormat.LOGFMT);

        assertThat(root).isEqualTo("ts=2026-01-02T03:04:05.123456789Z level=warn component_path=/ component_id=local.file.x msg=gone\n");
        assertThat(nested).contains("level=error component_path=/module.file.m component_id=local.file.x");
    }

    @Test
    void anEvenNumberOfParametersBecomesKeyValuePairs() {
        LogRecord r = record(Level.INFO, "io.jalloy.cli.X", "now listening for http traffic");
        r.setParameters(new Object[] {"service", "http", "addr", "127.0.0.1:12345"});

        assertThat(LogLine.format(r, LogFormat.LOGFMT)).isEqualTo("ts=2026-01-02T03:04:05.123456789Z level=info "
                + "msg=\"now listening for http traffic\" service=http addr=127.0.0.1:12345\n");
    }

    @Test
    void jsonEscapesQuotesAndNewlines() {
        LogRecord r = record(Level.FINE, "x", "say \"hi\"\nbye");
        r.setThrown(new IllegalStateException("boom"));

        assertThat(LogLine.format(r, LogFormat.JSON)).isEqualTo(
                "{\"ts\":\"2026-01-02T03:04:05.123456789Z\",\"level\":\"debug\",\"msg\":\"say \\\"hi\\\"\\nbye\",\"err\":\"boom\"}\n");
    }
}
