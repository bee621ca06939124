package io.jalloy.runtime.http.internal;

import io.jalloy.component.ComponentHandler;
import io.jalloy.component.ComponentRequest;
import io.jalloy.component.ComponentResponse;
import io.jalloy.runtime.ComponentInfo;
import io.jalloy.runtime.ComponentInfoProvider;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code /api/v0/component/<id>/<rest>}: finds the component and hands {@code /<rest>} to its
 * handler. Component ids inside modules contain slashes, so the longest prefix of the path that
 * names a component wins.
 */
final class ComponentRoutes {

    private static final System.Logger LOG = System.getLogger(ComponentRoutes.class.getName());

    /** Bodies beyond this are refused; component routes serve small requests. */
    private static final int MAX_BODY = 16 * 1024 * 1024;

    private final ComponentInfoProvider components;

    ComponentRoutes(ComponentInfoProvider components) {
        this.components = components;
    }

    void serve(String rest, Request request, Response response, Callback callback) throws IOException {
        Optional<Match> match = find(rest);
        if (match.isEmpty() || match.get().component.handler() == null) {
            Replies.status(response, callback, 404);
            return;
        }
        ComponentHandler handler = match.get().component.handler();
        byte[] body;
        try (InputStream in = Request.asInputStream(request)) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            Replies.error(response, callback, 413, "request body too large");
            return;
        }
        ComponentRequest req = new ComponentRequest(request.getMethod(), match.get().path,
                request.getHttpURI().getQuery(), headers(request), body);
        ComponentResponse res;
        try {
            res = handler.handle(req);
        } catch (Exception e) {
            String id = match.get().component.globalId();
            LOG.log(System.Logger.Level.WARNING, "handler of component " + id + " failed", e);
            Replies.error(response, callback, 500, e.getMessage() != null ? e.getMessage() : e.getClass().getName());
            return;
        }
        Replies.send(response, callback, res.status(), res.contentType(), res.body());
    }

    private record Match(ComponentInfo component, String path) {}

    /** The component named by the longest slash-delimited prefix of {@code rest}. */
    private Optional<Match> find(String rest) {
        int end = rest.length();
        while (end > 0) {
            String id = rest.substring(0, end);
            Optional<ComponentInfo> c = components.component(id);
            if (c.isPresent()) {
                String path = rest.substring(end);
                return Optional.of(new Match(c.get(), path.isEmpty() ? "/" : path));
            }
            end = rest.lastIndexOf('/', end - 1);
        }
        return Optional.empty();
    }

    private static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> out = new HashMap<>();
        for (HttpField f : request.getHeaders()) {
            out.computeIfAbsent(f.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f.getValue());
        }
        return out;
    }
}
