package io.jalloy.remote.testing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for 127.0.0.1, made by the JDK's keytool (the JDK has no public API
 * to create certificates), with its PEM forms for {@code tls_config}.
 */
public record TestCertificates(
        Path keyStore,
        KeyManager[] keyManagers,
        X509Certificate certificate,
        String certificatePem,
        String privateKeyPem) {
    /** The password of {@link #keyStore} and of its key. */
    public static final String PASSWORD_TEXT = "changeit";

    private static final char[] PASSWORD = PASSWORD_TEXT.toCharArray();

    /** Generates a fresh certificate and key in {@code directory}. */
    public static TestCertificates create(Path directory, String alias) throws Exception {
        Path store = directory.resolve(alias + ".p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", alias, "-keyalg", "RSA",
                        "-keysize", "2048", "-validity", "2", "-dname", "CN=" + alias, "-ext",
                        "san=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12", "-keystore", store.toString(),
                        "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, PASSWORD);
        X509Certificate certificate = (X509Certificate) keyStore.getCertificate(alias);
        PrivateKey key = (PrivateKey) keyStore.getKey(alias, PASSWORD);
        return new TestCertificates(store, keys.getKeyManagers(), certificate, pem("CERTIFICATE", certificate.getEncoded()),
                pem("PRIVATE KEY", key.getEncoded()));
    }

    /** A server context presenting this certificate. */
    public SSLContext serverContext() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers, null, null);
        return context;
    }

    /** A server context presenting this certificate and trusting only {@code client}'s. */
    public SSLContext serverContextTrusting(TestCertificates client) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("client", client.certificate());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers, trust.getTrustManagers(), null);
        return context;
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
