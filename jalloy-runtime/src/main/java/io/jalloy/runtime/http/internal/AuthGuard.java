package io.jalloy.runtime.http.internal;

import io.jalloy.runtime.http.HttpAuth;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Checks basic authentication before routing, when the config's {@code http} block asks for it.
 * The settings are swapped by reloads (a volatile read per request, no lock); HTTP threads only.
 */
public final class AuthGuard extends Handler.Wrapper {
    private volatile HttpAuth auth;

    public AuthGuard(Handler next) {
        super(next);
    }

    /** Replaces the authentication settings; null turns authentication off. */
    public void set(HttpAuth auth) {
        this.auth = auth;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpAuth a = auth;
        if (a != null && a.appliesTo(request.getHttpURI().getDecodedPath())
                && !a.accepts(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"Restricted\"");
            Replies.error(response, callback, 401, "unauthorized");
            return true;
        }
        return super.handle(request, response, callback);
    }
}
