package io.jalloy.remote.internal;

/** Fetches the current content of one remote source; called from the component's run thread. */
@FunctionalInterface
public interface ContentFetcher {

    /** The content as it is now, or a failure whose message goes into the component's health. */
    String fetch() throws FetchException;
}
