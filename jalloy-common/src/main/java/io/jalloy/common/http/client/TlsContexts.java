package io.jalloy.common.http.client;

import io.jalloy.common.http.TlsConfig;
import io.jalloy.common.http.TlsVersions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Builds the JSSE context and parameters for a {@code tls_config} block. As in Go, a configured
 * CA replaces the system roots rather than adding to them, and {@code server_name} is both sent
 * (SNI) and verified instead of the URL's host.
 */
public final class TlsContexts {
    private static final char[] NO_PASSWORD = new char[0];

    private TlsContexts() {}

    /** The TLS setup of one client. */
    public record Tls(SSLContext context, SSLParameters parameters) {}

    /**
     * Builds the context, reading the CA, certificate and key files now.
     *
     * @throws IllegalArgumentException with a message for the user when a file or PEM block is bad
     */
    public static Tls build(TlsConfig config) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers(config), trustManagers(config), null);
            SSLParameters parameters = context.getDefaultSSLParameters();
            if (!config.minVersion().isEmpty()) {
                parameters.setProtocols(TlsVersions.atLeast(config.minVersion()));
            }
            if (!config.serverName().isEmpty()) {
                parameters.setServerNames(List.of(new SNIHostName(config.serverName())));
            }
            return new Tls(context, parameters);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("failed to configure TLS: " + e.getMessage(), e);
        }
    }

    private static TrustManager[] trustManagers(TlsConfig config) throws GeneralSecurityException, IOException {
        if (config.insecureSkipVerify()) {
            return new TrustManager[] {TrustAll.INSTANCE};
        }
        String ca = text(config.caPem(), config.caFile());
        if (ca.isEmpty() && config.serverName().isEmpty()) {
            return null; // The JDK's defaults: system roots, URL host name.
        }
        KeyStore store = null;
        if (!ca.isEmpty()) {
            store = emptyStore();
            int index = 0;
            for (X509Certificate certificate : Pem.certificates(ca)) {
                store.setCertificateEntry("ca-" + index++, certificate);
            }
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        TrustManager[] managers = factory.getTrustManagers();
        if (config.serverName().isEmpty()) {
            return managers;
        }
        return new TrustManager[] {new ServerNameTrust((X509TrustManager) managers[0], config.serverName())};
    }

    private static KeyManager[] keyManagers(TlsConfig config) throws GeneralSecurityException, IOException {
        if (!config.hasClientCertificate()) {
            return null;
        }
        List<X509Certificate> chain = Pem.certificates(text(config.certPem(), config.certFile()));
        String keyPem = config.keyPem() == null ? "" : config.keyPem().value();
        PrivateKey key = Pem.privateKey(text(keyPem, config.keyFile()));
        KeyStore store = emptyStore();
        store.setKeyEntry("client", key, NO_PASSWORD, chain.toArray(X509Certificate[]::new));
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, NO_PASSWORD);
        return factory.getKeyManagers();
    }

    private static KeyStore emptyStore() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private static String text(String inline, String file) throws IOException {
        return file.isEmpty() ? inline : Files.readString(Path.of(file), StandardCharsets.US_ASCII);
    }
}
