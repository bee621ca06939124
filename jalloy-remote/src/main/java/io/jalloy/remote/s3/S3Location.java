package io.jalloy.remote.s3;

import io.jalloy.syntax.value.ValueException;

/**
 * A bucket and key taken from an {@code s3://bucket/key} path: the bucket is the first segment
 * after the scheme and the key everything after it, slashes included, as Alloy splits it.
 */
record S3Location(String bucket, String key) {
    private static final String SCHEME = "s3://";

    /** Splits {@code path}; fails on anything Alloy could not split into a bucket and a key. */
    static S3Location parse(String path) throws ValueException {
        if (!path.startsWith(SCHEME)) {
            throw invalid(path);
        }
        int slash = path.indexOf('/', SCHEME.length());
        if (slash <= SCHEME.length() || slash == path.length() - 1) {
            throw invalid(path);
        }
        return new S3Location(path.substring(SCHEME.length(), slash), path.substring(slash + 1));
    }

    private static ValueException invalid(String path) {
        return new ValueException("path \"" + path + "\" must be of the form s3://bucket/key");
    }
}
