package io.jalloy.remote.internal;

import io.jalloy.component.Health;
import io.jalloy.component.HealthState;
import io.jalloy.syntax.value.OptionalSecret;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The state shared by the polling components: the content last exported, the health, and the
 * last good copy. A successful poll exports the content when it changed and saves a copy (unless
 * secret); a failed poll before anything was exported falls back to the saved copy.
 *
 * <p>Polls come from the component's run thread and from update; they are serialised here.
 */
public final class PolledContent {
    private final System.Logger logger;
    private final Clock clock;
    private final LastGoodCopy copy;
    private final StatusMessages messages;
    private final Consumer<OptionalSecret> exporter;

    private OptionalSecret exported;
    private String copiedFrom;
    private volatile Health status;

    /**
     * @param logger the component's logger, for failed polls and fallbacks (never content)
     * @param exporter receives every new content; called with this object's lock held, so it must
     *     not call back into it
     */
    public PolledContent(System.Logger logger, Clock clock, LastGoodCopy copy, StatusMessages messages,
            Consumer<OptionalSecret> exporter) {
        this.logger = Objects.requireNonNull(logger);
        this.clock = Objects.requireNonNull(clock);
        this.copy = Objects.requireNonNull(copy);
        this.messages = Objects.requireNonNull(messages);
        this.exporter = Objects.requireNonNull(exporter);
        this.status = new Health(HealthState.UNKNOWN, "component started", clock.instant());
    }

    /** What one poll achieved. */
    public enum Outcome {
        /** The source answered; its content is exported. */
        FETCHED,
        /** The source failed before anything was exported; the last good copy is exported. */
        FELL_BACK,
        /** The source failed; the exports did not change. */
        FAILED
    }

    /** The result of one poll, with the failure when there was one. */
    public record Result(Outcome outcome, Optional<FetchException> failure) {}

    /**
     * Fetches once and updates exports, copy and health accordingly; {@code source} names what is
     * fetched (URL, object path) so that a copy is only ever used for the source that served it.
     */
    public synchronized Result poll(ContentFetcher fetcher, String source, boolean isSecret) {
        String content;
        try {
            content = fetcher.fetch();
        } catch (FetchException e) {
            return failed(e, source, isSecret);
        }
        OptionalSecret fresh = new OptionalSecret(content, isSecret);
        if (!fresh.equals(exported)) {
            exported = fresh;
            exporter.accept(fresh);
            keepCopy(source, fresh);
        } else if (!source.equals(copiedFrom)) {
            keepCopy(source, fresh); // Same content from a new source: the copy must name it.
        }
        status = Health.healthy(messages.success(), clock.instant());
        return new Result(Outcome.FETCHED, Optional.empty());
    }

    /** The current health; a volatile read, safe from any thread. */
    public Health status() {
        return status;
    }

    private Result failed(FetchException e, String source, boolean isSecret) {
        Instant now = clock.instant();
        String message = messages.failure(e.getMessage());
        logger.log(System.Logger.Level.ERROR, message);
        if (exported == null && !isSecret) {
            Optional<LastGoodCopy.Saved> saved = copy.load(source);
            if (saved.isPresent()) {
                exported = new OptionalSecret(saved.get().content(), false);
                exporter.accept(exported);
                logger.log(System.Logger.Level.WARNING,
                        "exporting the last good copy saved at " + saved.get().savedAt() + " until the source answers");
                status = Health.unhealthy(
                        message + "; exporting the last good copy saved at " + saved.get().savedAt(), now);
                return new Result(Outcome.FELL_BACK, Optional.of(e));
            }
        }
        status = Health.unhealthy(message, now);
        return new Result(Outcome.FAILED, Optional.of(e));
    }

    private void keepCopy(String source, OptionalSecret content) {
        try {
            if (content.isSecret()) {
                // A copy from before the source was marked secret must not outlive that change.
                copy.delete();
            } else {
                copy.save(source, content.value());
            }
            copiedFrom = source;
        } catch (IOException e) {
            logger.log(System.Logger.Level.WARNING, "failed to keep the last good copy: " + e);
        }
    }
}
