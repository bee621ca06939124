package io.jalloy.loki.source.file;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.NoExports;
import io.jalloy.component.Stability;

/** Registers {@code loki.source.file} (generally available in Alloy). */
public final class FileSourceProvider implements ComponentProvider<Arguments, NoExports> {

    @Override
    public String name() {
        return "loki.source.file";
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
        return new FileSourceComponent(options, arguments);
    }
}
