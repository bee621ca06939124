package io.jalloy.common.discovery.relabel;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.Stability;

/** Registers {@code discovery.relabel}: rewrites, filters and drops discovery targets with {@code rule} blocks. */
public final class DiscoveryRelabelProvider implements ComponentProvider<Arguments, Exports> {

    @Override
    public String name() {
        return "discovery.relabel";
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
        return new DiscoveryRelabel(arguments, exports, options.metrics());
    }
}
