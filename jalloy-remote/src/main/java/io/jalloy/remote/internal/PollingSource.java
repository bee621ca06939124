package io.jalloy.remote.internal;

import io.jalloy.component.RunContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The run loop shared by the polling components: poll once per frequency, and right away when
 * the arguments change. The current {@link Plan} says what to fetch and how often.
 *
 * <p>{@link #apply} is called from the update thread, {@link #run} from the component's run
 * thread; both poll under this object's lock, so polls never overlap.
 */
public final class PollingSource implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PollingSource.class.getName());

    private final PolledContent content;
    private final PollTimer timer;
    private final WakeUp wakeUp = new WakeUp();
    private Plan plan;

    /**
     * What to poll: the fetcher and the source it reads (URL, object path), the poll frequency,
     * whether the content is secret, and the resources (such as a client) to release when the plan
     * is replaced.
     */
    public record Plan(
            ContentFetcher fetcher, String source, Duration frequency, boolean isSecret, AutoCloseable resources) {
        public Plan {
            Objects.requireNonNull(fetcher);
            Objects.requireNonNull(source);
            Objects.requireNonNull(frequency);
            Objects.requireNonNull(resources);
        }
    }

    /** A source with no plan yet; {@link #apply} must be called before {@link #run}. */
    public PollingSource(Clock clock, PolledContent content) {
        this.content = content;
        this.timer = new PollTimer(clock);
    }

    /**
     * Replaces the plan (releasing the previous plan's resources), polls at once, and wakes the run
     * loop so it re-reads the frequency.
     */
    public synchronized PolledContent.Result apply(Plan next) {
        Plan previous = plan;
        plan = next;
        if (previous != null && previous.resources() != next.resources()) {
            release(previous);
        }
        PolledContent.Result result = pollLocked();
        wakeUp.signal();
        return result;
    }

    /** The polled state: exports and health. */
    public PolledContent content() {
        return content;
    }

    /** Polls whenever a poll is due, until {@code ctx} is cancelled. */
    public void run(RunContext ctx) throws InterruptedException {
        ctx.onCancel(wakeUp::signal);
        while (!ctx.isCancelled()) {
            Duration wait;
            synchronized (this) {
                wait = timer.untilNext(plan.frequency());
                if (wait.isZero()) {
                    pollLocked();
                    continue;
                }
            }
            wakeUp.await(wait);
        }
    }

    private PolledContent.Result pollLocked() {
        timer.polled();
        return content.poll(plan.fetcher(), plan.source(), plan.isSecret());
    }

    /** Releases the current plan's resources. */
    @Override
    public synchronized void close() {
        if (plan != null) {
            release(plan);
        }
    }

    private static void release(Plan plan) {
        try {
            plan.resources().close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "failed to release a remote source client: " + e);
        }
    }
}
