package io.jalloy.cli.internal;

import io.jalloy.runtime.controller.Source;
import io.jalloy.runtime.http.HttpAuth;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.stdlib.Stdlib;
import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.vm.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the top-level {@code http} block: {@code auth { basic { username password } filter { paths
 * authenticate_matching_paths } }}. Its {@code tls} block is read by {@link HttpTls}.
 */
public final class HttpBlock {
    private HttpBlock() {}

    /** The basic authentication {@code source} asks for, or null. */
    public static HttpAuth auth(Source source, Function<String, String> env) throws Diagnostics {
        ServiceBlock http = ServiceBlock.find(source, "http");
        if (http == null) {
            return null;
        }
        ServiceBlock auth = http.child("auth");
        ServiceBlock basic = auth == null ? null : auth.child("basic");
        if (basic == null) {
            return null;
        }
        Scope scope = Scope.root(Stdlib.globals(env));
        String username = decode(basic, "username", String.class, scope);
        Secret password = decode(basic, "password", Secret.class, scope);
        ServiceBlock filter = auth.child("filter");
        List<String> paths = List.of();
        boolean matching = false;
        if (filter != null) {
            Value p = filter.attribute("paths", scope);
            paths = p == null ? List.of() : strings(filter, "paths", p);
            Boolean m = decode(filter, "authenticate_matching_paths", Boolean.class, scope);
            matching = m == null || m; // Alloy's default once a filter block is present
        }
        return new HttpAuth(username == null ? "" : username, password == null ? "" : password.value(), paths, matching);
    }

    private static <T> T decode(ServiceBlock block, String name, Class<T> type, Scope scope) throws Diagnostics {
        Value v = block.attribute(name, scope);
        if (v == null) {
            return null;
        }
        try {
            return Decoder.decodeValue(v, type);
        } catch (ValueException e) {
            throw block.error(name, e.getMessage());
        }
    }

    private static List<String> strings(ServiceBlock block, String name, Value v) throws Diagnostics {
        if (!(v instanceof ArrayValue(List<Value> elements))) {
            throw block.error(name, "expected array, got " + v.type());
        }
        List<String> out = new ArrayList<>();
        for (Value e : elements) {
            try {
                out.add(Decoder.decodeValue(e, String.class));
            } catch (ValueException ex) {
                throw block.error(name, ex.getMessage());
            }
        }
        return out;
    }
}
