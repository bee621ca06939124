package io.jalloy.runtime.controller.testcomponents;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.NoExports;
import io.jalloy.component.Stability;

/**
 * A TEST-ONLY provider that only declares a name and an arguments record, for validating configs
 * that use Alloy components Jalloy does not have yet; it cannot run.
 */
record SchemaOnlyProvider<A extends Record>(String name, Class<A> argumentsType)
        implements ComponentProvider<A, NoExports> {

    @Override
    public Stability stability() {
        return Stability.GENERALLY_AVAILABLE;
    }

    @Override
    public Class<NoExports> exportsType() {
        return NoExports.class;
    }

    @Override
    public Component<A> create(ComponentOptions options, A arguments, ExportSink<NoExports> exports) {
        throw new UnsupportedOperationException(name + " is a test-only schema");
    }
}
