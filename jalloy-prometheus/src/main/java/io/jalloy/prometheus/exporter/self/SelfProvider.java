package io.jalloy.prometheus.exporter.self;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.Stability;
import io.jalloy.prometheus.exporter.Exports;

/** Registers {@code prometheus.exporter.self}: a scrape target for Jalloy's own metrics. */
public final class SelfProvider implements ComponentProvider<Arguments, Exports> {

    @Override
    public String name() {
        return "prometheus.exporter.self";
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
        return new SelfExporter(options, exports);
    }
}
