package io.jalloy.loki.filematch;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.Stability;

/** Registers {@code local.file_match} (generally available in Alloy). */
public final class FileMatchProvider implements ComponentProvider<Arguments, Exports> {

    @Override
    public String name() {
        return "local.file_match";
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
        return new FileMatchComponent(options, arguments, exports);
    }
}
