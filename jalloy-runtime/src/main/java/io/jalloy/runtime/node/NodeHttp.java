package io.jalloy.runtime.node;

import io.jalloy.component.ComponentHandler;
import io.jalloy.component.ComponentHttp;
import java.util.concurrent.atomic.AtomicReference;

/** A component's HTTP slot: the handler it registered, read by HTTP threads. */
final class NodeHttp implements ComponentHttp {

    /** Where component routes live, as in Alloy. */
    static final String BASE_PATH = "/api/v0/component/";

    private final String prefix;
    private final AtomicReference<ComponentHandler> handler = new AtomicReference<>();

    NodeHttp(String globalId) {
        this.prefix = BASE_PATH + globalId + "/";
    }

    @Override
    public String pathPrefix() {
        return prefix;
    }

    @Override
    public void register(ComponentHandler h) {
        handler.set(h);
    }

    ComponentHandler handler() {
        return handler.get();
    }
}
