package io.jalloy.component;

/**
 * A running piece of business logic configured by one Alloy block. See the package documentation
 * for the whole lifecycle.
 *
 * @param <A> the arguments record
 */
public interface Component<A extends Record> {

    /**
     * Runs the component until {@code ctx} is cancelled, then cleans up and returns. Called exactly
     * once, on the component's own virtual thread. Throwing ends the component: its health becomes
     * exited, with the exception's message.
     */
    void run(RunContext ctx) throws Exception;

    /**
     * Applies new arguments while {@link #run} is running. Called from the runtime's evaluation
     * thread, concurrently with {@code run}; never called with arguments equal to the current ones.
     * Throwing rejects the arguments: the component keeps its old ones and is reported unhealthy.
     */
    void update(A newArgs) throws Exception;
}
