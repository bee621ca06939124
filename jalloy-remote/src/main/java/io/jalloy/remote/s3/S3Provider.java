package io.jalloy.remote.s3;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.Stability;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/** Registers {@code remote.s3} (generally available in Alloy). */
public final class S3Provider implements ComponentProvider<Arguments, Exports> {

    @Override
    public String name() {
        return "remote.s3";
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
        return new S3Component(options, arguments, exports, () -> DefaultCredentialsProvider.builder().build());
    }
}
