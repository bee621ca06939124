package io.jalloy.loki.echo;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.Stability;

/** Registers {@code loki.echo} (generally available in Alloy). */
public final class EchoProvider implements ComponentProvider<Arguments, Exports> {

    @Override
    public String name() {
        return "loki.echo";
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
    public Component<Arguments> create(ComponentOptions options, Arguments arguments, ExportSink<Exports> exports) {
        EchoComponent c = new EchoComponent(options.id(), options.logger());
        exports.publish(new Exports(c));
        return c;
    }
}
