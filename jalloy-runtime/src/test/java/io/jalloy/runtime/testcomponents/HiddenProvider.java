package io.jalloy.runtime.testcomponents;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.NoExports;
import io.jalloy.component.Stability;

/**
 * {@code testcomponents.hidden}: deliberately not listed in the test resources' services file;
 * a test lists it in a directory added to the class path at run time.
 */
public final class HiddenProvider implements ComponentProvider<ExperimentalProvider.Arguments, NoExports> {

    @Override
    public String name() {
        return "testcomponents.hidden";
    }

    @Override
    public Stability stability() {
        return Stability.GENERALLY_AVAILABLE;
    }

    @Override
    public Class<ExperimentalProvider.Arguments> argumentsType() {
        return ExperimentalProvider.Arguments.class;
    }

    @Override
    public Class<NoExports> exportsType() {
        return NoExports.class;
    }

    @Override
    public Component<ExperimentalProvider.Arguments> create(ComponentOptions options,
            ExperimentalProvider.Arguments arguments, ExportSink<NoExports> exports) {
        return new ExperimentalProvider().create(options, arguments, exports);
    }
}
