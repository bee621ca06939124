package io.jalloy.runtime.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The {@code http} block's {@code auth}: HTTP basic authentication, applied to the paths that start
 * with one of {@code paths} when {@code authenticateMatchingPaths}, or to every other path when
 * not (so without a {@code filter} block every path is authenticated, as in Alloy). Immutable and
 * thread-safe; credentials are compared as SHA-256 digests in constant time.
 */
public final class HttpAuth {
    private final byte[] username;
    private final byte[] password;
    private final List<String> paths;
    private final boolean authenticateMatchingPaths;

    /**
     * @param username the expected user
     * @param password the expected password
     * @param paths path prefixes of the filter ({@code filter.paths})
     * @param authenticateMatchingPaths {@code filter.authenticate_matching_paths}
     */
    public HttpAuth(String username, String password, List<String> paths, boolean authenticateMatchingPaths) {
        this.username = sha256(Objects.requireNonNull(username, "username"));
        this.password = sha256(Objects.requireNonNull(password, "password"));
        this.paths = List.copyOf(paths);
        this.authenticateMatchingPaths = authenticateMatchingPaths;
    }

    /** Whether a request for {@code path} must authenticate. */
    public boolean appliesTo(String path) {
        boolean matches = false;
        for (String p : paths) {
            if (path.startsWith(p)) {
                matches = true;
                break;
            }
        }
        return matches == authenticateMatchingPaths;
    }

    /** Whether an {@code Authorization} header value (null when absent) carries the expected credentials. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        boolean user = MessageDigest.isEqual(sha256(decoded.substring(0, colon)), username);
        boolean pass = MessageDigest.isEqual(sha256(decoded.substring(colon + 1)), password);
        return user & pass;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
