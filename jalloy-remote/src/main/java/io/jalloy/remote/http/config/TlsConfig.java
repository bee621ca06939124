package io.jalloy.remote.http.config;

import io.jalloy.syntax.value.Secret;

/**
 * The {@code tls_config} block: trusted CA, client certificate and key (inline PEM or files),
 * server name for SNI and verification, and {@code insecure_skip_verify}.
 */
public record TlsConfig(
        String caPem,
        String caFile,
        String certPem,
        String certFile,
        Secret keyPem,
        String keyFile,
        String serverName,
        boolean insecureSkipVerify,
        String minVersion) {

    /** The block when it is absent: everything empty. */
    public static final TlsConfig EMPTY = new TlsConfig("", "", "", "", null, "", "", false, "");

    /** Whether a client certificate is configured. */
    public boolean hasClientCertificate() {
        return !certPem.isEmpty() || !certFile.isEmpty();
    }

    void validate() {
        if (!caPem.isEmpty() && !caFile.isEmpty()) {
            throw new IllegalArgumentException("at most one of ca_pem and ca_file must be configured");
        }
        if (!certPem.isEmpty() && !certFile.isEmpty()) {
            throw new IllegalArgumentException("at most one of cert_pem and cert_file must be configured");
        }
        boolean usingKey = ConfigText.isSet(keyPem) || !keyFile.isEmpty();
        if (ConfigText.isSet(keyPem) && !keyFile.isEmpty()) {
            throw new IllegalArgumentException("at most one of key_pem and key_file must be configured");
        }
        if (hasClientCertificate() && !usingKey) {
            throw new IllegalArgumentException(
                    "exactly one of key_pem or key_file must be configured when a client certificate is configured");
        }
        if (usingKey && !hasClientCertificate()) {
            throw new IllegalArgumentException(
                    "exactly one of cert_pem or cert_file must be configured when a client key is configured");
        }
        if (!minVersion.isEmpty() && TlsVersions.protocol(minVersion) == null) {
            throw new IllegalArgumentException("unknown TLS version: " + minVersion);
        }
    }
}
