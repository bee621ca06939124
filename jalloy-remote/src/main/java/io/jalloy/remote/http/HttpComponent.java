package io.jalloy.remote.http;

import io.jalloy.component.Component;
import io.jalloy.component.ComponentOptions;
import io.jalloy.component.ExportSink;
import io.jalloy.component.Health;
import io.jalloy.component.HealthReporter;
import io.jalloy.component.RunContext;
import io.jalloy.remote.internal.LastGoodCopy;
import io.jalloy.remote.internal.PolledContent;
import io.jalloy.remote.internal.PollingSource;
import io.jalloy.remote.internal.StatusMessages;
import java.util.Map;

/**
 * {@code remote.http}: polls a URL and exports the trimmed body. Creating and updating the
 * component poll at once and fail when that poll fails, as in Alloy, unless a last good copy
 * (kept for non-secret content in the data path) can stand in.
 *
 * <p>{@link #update} runs on the evaluation thread, {@link #run} on the component's thread; the
 * {@link PollingSource} serialises their polls.
 */
public final class HttpComponent implements Component<Arguments>, HealthReporter {
    static final StatusMessages MESSAGES = new StatusMessages("polled endpoint", "polling failed: ");

    private final PollingSource source;
    private final Map<String, String> environment;

    HttpComponent(ComponentOptions options, Arguments args, ExportSink<Exports> exports, Map<String, String> environment)
            throws Exception {
        this.environment = environment;
        PolledContent content = new PolledContent(options.logger(), options.clock(), LastGoodCopy.in(options.dataPath()), MESSAGES,
                value -> exports.publish(new Exports(value)));
        this.source = new PollingSource(options.clock(), content);
        try {
            update(args);
        } catch (Exception e) {
            source.close(); // run will never be called to release the client
            throw e;
        }
    }

    @Override
    public void run(RunContext ctx) throws InterruptedException {
        try {
            source.run(ctx);
        } finally {
            source.close();
        }
    }

    @Override
    public void update(Arguments newArgs) throws Exception {
        newArgs.validate();
        PolledContent.Result result = source.apply(HttpPlans.plan(newArgs, environment));
        if (result.outcome() == PolledContent.Outcome.FAILED) {
            throw result.failure().orElseThrow();
        }
    }

    @Override
    public Health currentHealth() {
        return source.content().status();
    }
}
