package io.jalloy.prometheus.exporter.unix;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.Stability;
import io.jalloy.prometheus.exporter.Exports;

/** Registers {@code prometheus.exporter.unix}: host metrics with node_exporter's names, read from /proc and /sys. */
public final class UnixProvider implements ComponentProvider<Arguments, Exports> {

    @Override
    public String name() {
        return "prometheus.exporter.unix";
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
        return new UnixExporter(options, arguments, exports);
    }
}
