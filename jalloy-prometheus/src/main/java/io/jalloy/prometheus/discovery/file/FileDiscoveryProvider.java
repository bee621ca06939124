package io.jalloy.prometheus.discovery.file;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.Stability;
import io.jalloy.prometheus.discovery.DiscoveryExports;

/** Registers {@code discovery.file}: targets from Prometheus file_sd files matched by globs. */
public final class FileDiscoveryProvider implements ComponentProvider<Arguments, DiscoveryExports> {

    @Override
    public String name() {
        return "discovery.file";
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
    public Class<DiscoveryExports> exportsType() {
        return DiscoveryExports.class;
    }

    @Override
    public Component<Arguments> create(ComponentOptions options, Arguments arguments,
                                       ExportSink<DiscoveryExports> exports) {
        return new FileDiscovery(options, arguments, exports);
    }
}
