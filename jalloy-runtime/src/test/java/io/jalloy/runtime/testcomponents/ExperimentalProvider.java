package io.jalloy.runtime.testcomponents;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.NoExports;
import io.jalloy.component.RunContext;
import io.jalloy.component.Stability;

/** {@code testcomponents.experimental}: does nothing, at the experimental stability level. */
public final class ExperimentalProvider implements ComponentProvider<ExperimentalProvider.Arguments, NoExports> {

    /** No arguments. */
    public record Arguments() {}

    @Override
    public String name() {
        return "testcomponents.experimental";
    }

    @Override
    public Stability stability() {
        return Stability.EXPERIMENTAL;
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
    public Component<Arguments> create(ComponentOptions options, Arguments arguments, ExportSink<NoExports> exports) {
        return new Component<>() {
            @Override
            public void run(RunContext ctx) throws InterruptedException {
                ctx.awaitCancellation();
            }

            @Override
            public void update(Arguments newArgs) {}
        };
    }
}
