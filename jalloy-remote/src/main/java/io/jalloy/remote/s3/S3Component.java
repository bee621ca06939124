package io.jalloy.remote.s3;

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
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * {@code remote.s3}: downloads an object every {@code poll_frequency} and exports its content.
 * As in Alloy, a failed download never fails creation: it only makes the component unhealthy
 * (with the last good copy exported, for non-secret content, when it is the first download).
 *
 * <p>Arguments are validated when decoded; {@link #update} runs on the evaluation thread and
 * {@link #run} on the component's thread, their downloads serialised by {@link PollingSource}.
 */
public final class S3Component implements Component<Arguments>, HealthReporter {
    static final StatusMessages MESSAGES = new StatusMessages("s3 file updated", "");

    private final PollingSource source;
    private final Supplier<AwsCredentialsProvider> defaultCredentials;
    private final S3Metrics metrics;

    S3Component(ComponentOptions options, Arguments args, ExportSink<Exports> exports,
            Supplier<AwsCredentialsProvider> defaultCredentials) throws Exception {
        this.defaultCredentials = defaultCredentials;
        this.metrics = new S3Metrics(options.metrics(), options.clock());
        PolledContent content = new PolledContent(options.logger(), options.clock(), LastGoodCopy.in(options.dataPath()), MESSAGES,
                value -> exports.publish(new Exports(value)));
        this.source = new PollingSource(options.clock(), content);
        update(args);
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
        S3Location location = S3Location.parse(newArgs.path());
        S3Clients.Built client = S3Clients.build(newArgs.client(), defaultCredentials);
        source.apply(new PollingSource.Plan(metrics.instrument(new S3Fetcher(client.client(), location)),
                newArgs.path() + " " + newArgs.client().endpoint(), newArgs.pollFrequency(), newArgs.isSecret(),
                client));
    }

    @Override
    public Health currentHealth() {
        return source.content().status();
    }
}
