package io.jalloy.prometheus.scrape;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.NoExports;
import io.jalloy.component.Stability;

/** Registers {@code prometheus.scrape}: scrapes targets and forwards samples to receivers. */
public final class ScrapeProvider implements ComponentProvider<Arguments, NoExports> {

    @Override
    public String name() {
        return "prometheus.scrape";
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
    public Component<Arguments> create(ComponentOptions options, Arguments arguments, ExportSink<NoExports> exports) {
        if (arguments.honorMetadata() && !Stability.EXPERIMENTAL.isAllowedAt(options.minStability())) {
            throw new IllegalArgumentException("honor_metadata is an experimental feature, and must be enabled by "
                    + "setting the stability.level flag to experimental");
        }
        if (arguments.enableTypeAndUnitLabels() && !Stability.EXPERIMENTAL.isAllowedAt(options.minStability())) {
            throw new IllegalArgumentException("enable_type_and_unit_labels is an experimental feature, and must be "
                    + "enabled by setting the stability.level flag to experimental");
        }
        if (arguments.startTimestampZeroIngestion() && !Stability.EXPERIMENTAL.isAllowedAt(options.minStability())) {
            throw new IllegalArgumentException("start_timestamp_zero_ingestion is an experimental feature, and must be "
                    + "enabled by setting the stability.level flag to experimental");
        }
        return new ScrapeComponent(options, arguments);
    }
}
