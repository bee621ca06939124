package io.jalloy.prometheus.remotewrite;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.Stability;

/** Registers {@code prometheus.remote_write} (generally available in Alloy). */
public final class RemoteWriteProvider implements ComponentProvider<Arguments, Exports> {
    private final Sleeper sleeper;

    public RemoteWriteProvider() {
        this(Sleeper.REAL);
    }

    RemoteWriteProvider(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    @Override
    public String name() {
        return "prometheus.remote_write";
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
        return new RemoteWriteComponent(options, arguments, exports, sleeper);
    }
}
