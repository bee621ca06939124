package io.jalloy.runtime.http.internal;

import io.jalloy.component.HealthState;
import io.jalloy.runtime.ComponentInfo;
import io.jalloy.runtime.ComponentInfoProvider;
import io.jalloy.runtime.http.ReloadHook;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code /-/ready}, {@code /-/healthy} and {@code /-/reload}, with Alloy's texts. */
final class StatusEndpoints {

    private static final System.Logger LOG = System.getLogger(StatusEndpoints.class.getName());

    private final ComponentInfoProvider components;
    private final BooleanSupplier ready;
    private final ReloadHook reload;

    StatusEndpoints(ComponentInfoProvider components, BooleanSupplier ready, ReloadHook reload) {
        this.components = components;
        this.ready = ready;
        this.reload = reload;
    }

    void ready(Response response, Callback callback) {
        if (ready.getAsBoolean()) {
            Replies.line(response, callback, 200, "Alloy is ready.");
        } else {
            Replies.line(response, callback, 503, "Alloy is not ready.");
        }
    }

    /** 500 naming the unhealthy components (by component name, as Alloy lists them), else 200. */
    void healthy(Response response, Callback callback) {
        List<String> unhealthy = new ArrayList<>();
        for (ComponentInfo c : components.allComponents()) {
            if (c.health().state() == HealthState.UNHEALTHY) {
                unhealthy.add(c.componentName());
            }
        }
        if (!unhealthy.isEmpty()) {
            Replies.error(response, callback, 500, "unhealthy components: " + String.join(", ", unhealthy));
            return;
        }
        Replies.line(response, callback, 200, "All Alloy components are healthy.");
    }

    void reload(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        if (reload == null) {
            Replies.notFound(response, callback);
            return;
        }
        if (!method.equals("GET") && !method.equals("POST")) {
            Replies.status(response, callback, 405);
            return;
        }
        LOG.log(System.Logger.Level.INFO, "reload requested via /-/reload endpoint");
        try {
            reload.reload();
        } catch (Exception e) {
            String message = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
            LOG.log(System.Logger.Level.ERROR, "failed to reload config: " + message);
            Replies.error(response, callback, 400, message);
            return;
        }
        LOG.log(System.Logger.Level.INFO, "config reloaded");
        Replies.line(response, callback, 200, "config reloaded");
    }
}
