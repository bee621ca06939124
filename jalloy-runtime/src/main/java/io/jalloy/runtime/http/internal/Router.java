package io.jalloy.runtime.http.internal;

import io.jalloy.runtime.ComponentInfoProvider;
import io.jalloy.runtime.http.ReloadHook;
import io.jalloy.runtime.render.BodyEncoder;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Dispatches every request by path to the endpoint that serves it. Runs on HTTP threads. */
public final class Router extends Handler.Abstract {

    private static final String COMPONENT_PREFIX = "/api/v0/component/";

    private final StatusEndpoints status;
    private final MetricsEndpoint metrics;
    private final ComponentRoutes componentRoutes;
    private final WebApi webApi;
    private final String webPrefix;

    public Router(ComponentInfoProvider components, PrometheusRegistry registry, BooleanSupplier ready,
            ReloadHook reload, BodyEncoder bodies, String uiPathPrefix) {
        this.status = new StatusEndpoints(components, ready, reload);
        this.metrics = new MetricsEndpoint(registry);
        this.componentRoutes = new ComponentRoutes(components);
        this.webPrefix = uiPathPrefix + "api/v0/web/";
        this.webApi = new WebApi(components, bodies);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getDecodedPath();
        switch (path) {
            case "/metrics" -> metrics.serve(request, response, callback);
            case "/-/ready" -> status.ready(response, callback);
            case "/-/healthy" -> status.healthy(response, callback);
            case "/-/reload" -> status.reload(request, response, callback);
            default -> {
                if (path.startsWith(COMPONENT_PREFIX)) {
                    componentRoutes.serve(path.substring(COMPONENT_PREFIX.length()), request, response, callback);
                } else if (path.startsWith(webPrefix)) {
                    webApi.serve(path.substring(webPrefix.length()), response, callback);
                } else {
                    Replies.notFound(response, callback);
                }
            }
        }
        return true;
    }
}
