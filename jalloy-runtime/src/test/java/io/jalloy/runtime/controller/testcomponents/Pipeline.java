package io.jalloy.runtime.controller.testcomponents;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.RunContext;
import io.jalloy.component.Stability;
import io.jalloy.syntax.decode.Attr;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * TEST-ONLY components for controller tests: {@code test.source} exports the number it is given
 * (and can publish others on demand), {@code test.doubler} exports twice its input. Both count
 * their updates.
 */
public final class Pipeline {
    private Pipeline() {}

    /** @param value the number to export */
    public record SourceArgs(@Attr("value") long value) {}

    /** @param value the exported number */
    public record SourceExports(@Attr("value") long value) {}

    /** @param input the number to double */
    public record DoublerArgs(@Attr("input") long input) {}

    /** @param output twice the input */
    public record DoublerExports(@Attr("output") long output) {}

    /** A running test component: publishes on creation and on each update, counting updates. */
    public static final class Running<A extends Record, E extends Record> implements Component<A> {
        private final ExportSink<E> sink;
        private final java.util.function.Function<A, E> exports;
        public final AtomicInteger updates = new AtomicInteger();

        Running(A args, ExportSink<E> sink, java.util.function.Function<A, E> exports) {
            this.sink = sink;
            this.exports = exports;
            sink.publish(exports.apply(args));
        }

        /** Publishes {@code e} as if the component had produced it. */
        public void publish(E e) {
            sink.publish(e);
        }

        @Override
        public void run(RunContext ctx) throws Exception {
            ctx.awaitCancellation();
        }

        @Override
        public void update(A newArgs) {
            updates.incrementAndGet();
            sink.publish(exports.apply(newArgs));
        }
    }

    /** {@code test.source}. */
    public static final class SourceProvider implements ComponentProvider<SourceArgs, SourceExports> {
        @Override
        public String name() {
            return "test.source";
        }

        @Override
        public Stability stability() {
            return Stability.GENERALLY_AVAILABLE;
        }

        @Override
        public Class<SourceArgs> argumentsType() {
            return SourceArgs.class;
        }

        @Override
        public Class<SourceExports> exportsType() {
            return SourceExports.class;
        }

        @Override
        public Component<SourceArgs> create(ComponentOptions options, SourceArgs args, ExportSink<SourceExports> sink) {
            return new Running<>(args, sink, a -> new SourceExports(a.value()));
        }
    }

    /** {@code test.doubler}. */
    public static final class DoublerProvider implements ComponentProvider<DoublerArgs, DoublerExports> {
        @Override
        public String name() {
            return "test.doubler";
        }

        @Override
        public Stability stability() {
            return Stability.GENERALLY_AVAILABLE;
        }

        @Override
        public Class<DoublerArgs> argumentsType() {
            return DoublerArgs.class;
        }

        @Override
        public Class<DoublerExports> exportsType() {
            return DoublerExports.class;
        }

        @Override
        public Component<DoublerArgs> create(ComponentOptions options, DoublerArgs args, ExportSink<DoublerExports> sink) {
            return new Running<>(args, sink, a -> new DoublerExports(2 * a.input()));
        }
    }
}
