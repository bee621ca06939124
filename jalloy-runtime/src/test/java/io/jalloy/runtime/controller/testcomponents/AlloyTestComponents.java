package io.jalloy.runtime.controller.testcomponents;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.NoExports;
import io.jalloy.component.RunContext;
import io.jalloy.component.Stability;
import io.jalloy.runtime.registry.ComponentRegistry;
import io.jalloy.syntax.decode.Attr;
import io.prometheus.metrics.core.metrics.Counter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * TEST-ONLY ports of the components Alloy's runtime tests use ({@code testcomponents.count},
 * {@code passthrough}, {@code summation}, {@code pulse}, {@code summation_receiver},
 * {@code experimental}, {@code community}), with their argument and export names, so Alloy's module, import and
 * foreach cases can run against the controller.
 */
public final class AlloyTestComponents {
    private AlloyTestComponents() {}

    /** A registry of these components. */
    public static ComponentRegistry registry() {
        return ComponentRegistry.of(List.of(
                provider("testcomponents.count", Stability.PUBLIC_PREVIEW, CountArgs.class, CountExports.class, Count::new),
                provider("testcomponents.passthrough", Stability.PUBLIC_PREVIEW, PassthroughArgs.class,
                        PassthroughExports.class, Passthrough::new),
                provider("testcomponents.summation", Stability.PUBLIC_PREVIEW, SummationArgs.class,
                        SummationExports.class, Summation::new),
                provider("testcomponents.pulse", Stability.PUBLIC_PREVIEW, PulseArgs.class, NoExports.class,
                        (o, a, s) -> new Pulse(o, a)),
                provider("testcomponents.summation_receiver", Stability.PUBLIC_PREVIEW, NoArgs.class,
                        ReceiverExports.class, (a, s) -> new SummationReceiver(s)),
                provider("testcomponents.experimental", Stability.EXPERIMENTAL, NoArgs.class, NoExports.class,
                        (a, s) -> new Idle<>()),
                provider("testcomponents.community", null, NoArgs.class, NoExports.class, (a, s) -> new Idle<>()),
                provider("testcomponents.stringer", Stability.PUBLIC_PREVIEW, StringerComponents.StringerArgs.class,
                        NoExports.class, (a, s) -> new StringerComponents.Stringer(a)),
                provider("testcomponents.string_receiver", Stability.PUBLIC_PREVIEW, NoArgs.class,
                        StringerComponents.StringReceiverExports.class, (a, s) -> new StringerComponents.StringLog(s)),
                provider("testcomponents.targets", Stability.GENERALLY_AVAILABLE, StringerComponents.TargetsArgs.class,
                        StringerComponents.TargetsExports.class, StringerComponents.Targets::new)));
    }

    /** Receives integers (Alloy's {@code IntReceiver}), a capsule. */
    public interface IntReceiver {
        void receiveInt(int i);
    }

    record NoArgs() {}

    record CountArgs(@Attr("frequency") Duration frequency, @Attr("max") long max) {}

    record CountExports(@Attr(value = "count", optional = true) long count) {}

    record PassthroughArgs(@Attr("input") String input, @Attr(value = "lag", optional = true) Duration lag) {}

    record PassthroughExports(@Attr(value = "output", optional = true) String output) {}

    record SummationArgs(@Attr("input") long input) {}

    /** @param sum the total of every input so far @param lastAdded the latest input */
    public record SummationExports(@Attr("sum") long sum, @Attr("last_added") long lastAdded) {}

    record PulseArgs(@Attr("frequency") Duration frequency, @Attr("max") long max,
                     @Attr(value = "forward_to", optional = true) List<IntReceiver> forwardTo) {}

    record ReceiverExports(@Attr("receiver") IntReceiver receiver) {}

    private static <A extends Record, E extends Record> ComponentProvider<A, E> provider(
            String name, Stability stability, Class<A> args, Class<E> exports,
            BiFunction<A, ExportSink<E>, Component<A>> create) {
        return provider(name, stability, args, exports, (Factory<A, E>) (o, a, s) -> create.apply(a, s));
    }

    /** Makes a component that needs its options (its metrics registry, say). */
    private interface Factory<A extends Record, E extends Record> {
        Component<A> create(ComponentOptions options, A arguments, ExportSink<E> sink);
    }

    private static <A extends Record, E extends Record> ComponentProvider<A, E> provider(String name, Stability stability,
            Class<A> args, Class<E> exports, Factory<A, E> create) {
        return new ComponentProvider<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Stability stability() {
                return stability;
            }

            /** Alloy's community test component is the one registered without a stability level. */
            @Override
            public boolean community() {
                return stability == null;
            }

            @Override
            public Class<A> argumentsType() {
                return args;
            }

            @Override
            public Class<E> exportsType() {
                return exports;
            }

            @Override
            public Component<A> create(ComponentOptions options, A arguments, ExportSink<E> sink) {
                return create.create(options, arguments, sink);
            }
        };
    }

    /** Does nothing until stopped. */
    private static class Idle<A extends Record> implements Component<A> {
        @Override
        public void run(RunContext ctx) throws Exception {
            ctx.awaitCancellation();
        }

        @Override
        public void update(A newArgs) {}
    }

    /** Counts up to {@code max} (forever when 0), one step per {@code frequency}. */
    private static final class Count implements Component<CountArgs> {
        private final ExportSink<CountExports> sink;
        private volatile CountArgs args;
        private long count;

        Count(CountArgs args, ExportSink<CountExports> sink) {
            this.args = args;
            this.sink = sink;
        }

        @Override
        public void run(RunContext ctx) throws Exception {
            while (!ctx.awaitCancellation(args.frequency())) {
                if (args.max() == 0 || count < args.max()) {
                    sink.publish(new CountExports(++count));
                }
            }
        }

        @Override
        public void update(CountArgs newArgs) {
            args = newArgs;
        }
    }

    /** Exports its input as its output, after {@code lag}. */
    private static final class Passthrough extends Idle<PassthroughArgs> {
        private final ExportSink<PassthroughExports> sink;

        Passthrough(PassthroughArgs args, ExportSink<PassthroughExports> sink) {
            this.sink = sink;
            update(args);
        }

        @Override
        public void update(PassthroughArgs newArgs) {
            if (newArgs.lag() != null && !newArgs.lag().isZero()) {
                try {
                    Thread.sleep(newArgs.lag());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            sink.publish(new PassthroughExports(newArgs.input()));
        }
    }

    /** Adds every input it is given. */
    private static final class Summation extends Idle<SummationArgs> {
        private final ExportSink<SummationExports> sink;
        private long sum;

        Summation(SummationArgs args, ExportSink<SummationExports> sink) {
            this.sink = sink;
            update(args);
        }

        @Override
        public void update(SummationArgs newArgs) {
            sum += newArgs.input();
            sink.publish(new SummationExports(sum, newArgs.input()));
        }
    }

    /** Sends 1 to its receivers every {@code frequency}, {@code max} times (forever when 0). */
    private static final class Pulse implements Component<PulseArgs> {
        private volatile PulseArgs args;
        private long count;
        private final Counter pulses;

        Pulse(ComponentOptions options, PulseArgs args) {
            this.args = args;
            this.pulses = Counter.builder().name("pulse_count").register(options.metrics());
        }

        @Override
        public void run(RunContext ctx) throws Exception {
            while (!ctx.awaitCancellation(args.frequency())) {
                PulseArgs a = args;
                if (a.max() == 0 || count < a.max()) {
                    if (a.forwardTo() != null) {
                        a.forwardTo().forEach(r -> r.receiveInt(1));
                    }
                    count++;
                    pulses.inc();
                }
            }
        }

        @Override
        public void update(PulseArgs newArgs) {
            args = newArgs;
        }
    }

    /** Adds what its receiver is sent; the total is its debug information, not an export. */
    public static final class SummationReceiver extends Idle<NoArgs> {
        private final AtomicLong sum = new AtomicLong();

        SummationReceiver(ExportSink<ReceiverExports> sink) {
            sink.publish(new ReceiverExports(sum::addAndGet));
        }

        /** The total received so far. */
        public long sum() {
            return sum.get();
        }
    }
}
