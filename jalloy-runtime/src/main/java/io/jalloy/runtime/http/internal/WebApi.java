package io.jalloy.runtime.http.internal;

import io.jalloy.runtime.ComponentInfo;
import io.jalloy.runtime.ComponentInfoProvider;
import io.jalloy.runtime.render.BodyEncoder;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The API behind Alloy's UI, under {@code <ui prefix>api/v0/web/}: the component list (per module)
 * and one component's detail. Clustering, live debugging and graph endpoints are not served.
 */
final class WebApi {

    private static final String MODULES = "modules/";
    private static final String COMPONENTS_SUFFIX = "/components";

    private final ComponentInfoProvider components;
    private final ComponentJson json;

    WebApi(ComponentInfoProvider components, BodyEncoder bodies) {
        this.components = components;
        this.json = new ComponentJson(bodies);
    }

    void serve(String rest, Response response, Callback callback) throws IOException {
        if (rest.equals("components")) {
            list("", response, callback);
        } else if (rest.startsWith("components/") && rest.length() > "components/".length()) {
            Optional<ComponentInfo> c = components.component(rest.substring("components/".length()));
            if (c.isEmpty()) {
                Replies.notFound(response, callback);
                return;
            }
            Replies.send(response, callback, 200, Replies.JSON, json.detail(c.get()));
        } else if (rest.startsWith(MODULES) && rest.endsWith(COMPONENTS_SUFFIX)
                && rest.length() > MODULES.length() + COMPONENTS_SUFFIX.length()) {
            list(rest.substring(MODULES.length(), rest.length() - COMPONENTS_SUFFIX.length()), response, callback);
        } else {
            Replies.notFound(response, callback);
        }
    }

    private void list(String moduleId, Response response, Callback callback) throws IOException {
        List<ComponentInfo> list = components.listComponents(moduleId);
        Replies.send(response, callback, 200, Replies.JSON, json.list(list));
    }
}
