package io.jalloy.loki.write;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.Stability;
import java.time.Duration;

/** Registers {@code loki.write} (generally available in Alloy). */
public final class WriteProvider implements ComponentProvider<Arguments, Exports> {
    private final Sleeper sleeper;
    private final Duration walRollAge;

    public WriteProvider() {
        this(Sleeper.REAL, Duration.ofMinutes(1));
    }

    WriteProvider(Sleeper sleeper, Duration walRollAge) {
        this.sleeper = sleeper;
        this.walRollAge = walRollAge;
    }

    @Override
    public String name() {
        return "loki.write";
    }

    @Override
    public Stability stability() {
        return Stability.GENERALLY_AVAILABLE;
    }

    @Override
    public Class<Arguments> argumentsType() {
        return Arguments.class;
    }

    @Override
    public Class<Exports> exportsType() {
        return Exports.class;
    }

    @Override
    public Component<Arguments> create(ComponentOptions options, Arguments arguments, ExportSink<Exports> exports)
            throws Exception {
        return new WriteComponent(options, arguments, exports, sleeper, walRollAge);
    }
}
