package io.jalloy.runtime.testcomponents;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.NoExports;
import io.jalloy.component.RunContext;
import io.jalloy.component.Stability;

/**
 * {@code testcomponents.failing}: fails where its arguments say: at creation, on update, or by
 * returning from run with an error.
 */
public final class FailingProvider implements ComponentProvider<FailingProvider.Arguments, NoExports> {

    /** Where to fail. */
    public enum Where { CREATE, UPDATE, RUN, NOWHERE }

    /** @param where where the component fails */
    public record Arguments(Where where) {}

    @Override
    public String name() {
        return "testcomponents.failing";
    }

    @Override
    public Stability stability() {
        return Stability.PUBLIC_PREVIEW;
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
        if (arguments.where() == Where.CREATE) {
            throw new IllegalArgumentException("cannot create");
        }
        return new Component<>() {
            @Override
            public void run(RunContext ctx) throws Exception {
                if (arguments.where() == Where.RUN) {
                    throw new java.io.IOException("disk on fire");
                }
                ctx.awaitCancellation();
            }

            @Override
            public void update(Arguments newArgs) {
                if (newArgs.where() == Where.UPDATE) {
                    throw new IllegalArgumentException("cannot update");
                }
            }
        };
    }
}
