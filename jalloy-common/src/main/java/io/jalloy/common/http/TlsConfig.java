package io.jalloy.common.http;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.ValueException;

/**
 * The {@code tls_config} block: trusted CA, client certificate and key (inline PEM or files),
 * server name for SNI and verification, and {@code insecure_skip_verify}.
 */
public record TlsConfig(
        @Attr(value = "ca_pem", optional = true) String caPem,
        @Attr(value = "ca_file", optional = true) String caFile,
        @Attr(value = "cert_pem", optional = true) String certPem,
        @Attr(value = "cert_file", optional = true) String certFile,
        @Attr(value = "key_pem", optional = true) Secret keyPem,
        @Attr(value = "key_file", optional = true) String keyFile,
        @Attr(value = "server_name", optional = true) String serverName,
        @Attr(value = "insecure_skip_verify", optional = true) boolean insecureSkipVerify,
        @Attr(value = "min_version", optional = true) String minVersion) {

    /** The block when it is absent: everything empty. */
    public static final TlsConfig EMPTY = new TlsConfig("", "", "", "", null, "", "", false, "");

    /** The decoder's starting point: the empty block. */
    public static TlsConfig defaults() {
        return EMPTY;
    }

    /** Whether a client certificate is configured. */
    public boolean hasClientCertificate() {
        return !certPem.isEmpty() || !certFile.isEmpty();
    }

    void validate() throws ValueException {
        if (!caPem.isEmpty() && !caFile.isEmpty()) {
            throw new ValueException("at most one of ca_pem and ca_file must be configured");
        }
        if (!certPem.isEmpty() && !certFile.isEmpty()) {
            throw new ValueException("at most one of cert_pem and cert_file must be configured");
        }
        boolean usingKey = ConfigText.isSet(keyPem) || !keyFile.isEmpty();
        if (ConfigText.isSet(keyPem) && !keyFile.isEmpty()) {
            throw new ValueException("at most one of key_pem and key_file must be configured");
        }
        if (hasClientCertificate() && !usingKey) {
            throw new ValueException(
                    "exactly one of key_pem or key_file must be configured when a client certificate is configured");
        }
        if (usingKey && !hasClientCertificate()) {
            throw new ValueException(
                    "exactly one of cert_pem or cert_file must be configured when a client key is configured");
        }
        if (!minVersion.isEmpty() && TlsVersions.protocol(minVersion) == null) {
            throw new ValueException("unknown TLS version: " + minVersion);
        }
    }
}
