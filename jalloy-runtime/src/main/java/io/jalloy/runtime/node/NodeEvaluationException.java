package io.jalloy.runtime.node;

/**
 * A component could not be built or updated; the message is Alloy's ("building component: ..." or
 * "updating component: ...") for the controller to report at the block.
 */
public final class NodeEvaluationException extends Exception {

    public NodeEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
