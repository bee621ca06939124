package io.jalloy.prometheus.receivehttp;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.NoExports;
import io.jalloy.component.Stability;

/** Registers {@code prometheus.receive_http} (generally available in Alloy). */
public final class ReceiveHttpProvider implements ComponentProvider<Arguments, NoExports> {
    @Override
    public String name() {
        return "prometheus.receive_http";
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
    public Class<NoExports> exportsType() {
        return NoExports.class;
    }

    @Override
    public Component<Arguments> create(ComponentOptions options, Arguments arguments, ExportSink<NoExports> exports)
            throws Exception {
        return new ReceiveHttpComponent(options, arguments);
    }
}
