package io.jalloy.cli.testing;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ComponentProvider;
import io.jalloy.component.ExportSink;
import io.jalloy.component.RunContext;
import io.jalloy.component.Stability;
import io.jalloy.syntax.decode.Attr;
import java.util.UUID;

/**
 * TEST-ONLY component {@code testing.probe}: exports a random id chosen when it is built and the
 * number of {@code update} calls it received, so tests of a running process can see through the
 * HTTP API whether a reload rebuilt or updated it. {@code output} is {@code value} and
 * {@code input} joined, to chain probes.
 */
public final class ProbeProvider implements ComponentProvider<ProbeProvider.Args, ProbeProvider.Exports> {

    /** @param value any text @param input optional text, usually another probe's output */
    public record Args(@Attr("value") String value, @Attr(value = "input", optional = true) String input) {}

    /** @param instance fixed per built component @param updates update calls so far @param output value + input */
    public record Exports(@Attr("instance") String instance, @Attr("updates") long updates,
                          @Attr("output") String output) {}

    @Override
    public String name() {
        return "testing.probe";
    }

    @Override
    public Stability stability() {
        return Stability.GENERALLY_AVAILABLE;
    }

    @Override
    public Class<Args> argumentsType() {
        return Args.class;
    }

    @Override
    public Class<Exports> exportsType() {
        return Exports.class;
    }

    @Override
    public Component<Args> create(ComponentOptions options, Args arguments, ExportSink<Exports> exports) {
        return new Probe(arguments, exports);
    }

    private static final class Probe implements Component<Args> {
        private final String instance = UUID.randomUUID().toString();
        private final ExportSink<Exports> sink;
        private long updates;

        Probe(Args args, ExportSink<Exports> sink) {
            this.sink = sink;
            publish(args);
        }

        @Override
        public void run(RunContext ctx) throws InterruptedException {
            ctx.awaitCancellation();
        }

        @Override
        public synchronized void update(Args newArgs) {
            updates++;
            publish(newArgs);
        }

        private void publish(Args args) {
            sink.publish(new Exports(instance, updates, args.value() + (args.input() == null ? "" : args.input())));
        }
    }
}
