package io.jalloy.runtime.testcomponents;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.Stability;
import io.jalloy.syntax.decode.Attr;
import java.time.Duration;

/**
 * {@code testcomponents.counter}: counts up from {@code start} every {@code frequency}, exporting
 * the count, serving it at {@code /count}, and counting ticks in a metric.
 */
public final class CounterProvider implements ComponentProvider<CounterProvider.Arguments, CounterProvider.Exports> {

    /**
     * @param start the first count, published at creation; negative is rejected
     * @param frequency how often to count up
     * @param unhealthy whether the component reports itself unhealthy
     */
    public record Arguments(
            @Attr("start") long start,
            @Attr(value = "frequency", optional = true) Duration frequency,
            @Attr(value = "unhealthy", optional = true) boolean unhealthy) {
        public Arguments {
            if (start < 0) {
                throw new IllegalArgumentException("start must not be negative");
            }
        }

        /** Counting once a minute, healthy. */
        public static Arguments defaults() {
            return new Arguments(0, Duration.ofMinutes(1), false);
        }
    }

    /** @param count the current count */
    public record Exports(@Attr("count") long count) {}

    @Override
    public String name() {
        return "testcomponents.counter";
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
        return new Counter(options, arguments, exports);
    }
}
