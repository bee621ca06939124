package io.jalloy.common.http.client;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Verifies the server's certificate against {@code tls_config.server_name} instead of the URL's
 * host, as Go does when {@code ServerName} is set: the chain is checked by the usual trust
 * manager, the name here, against the certificate's DNS and IP subject alternative names.
 */
final class ServerNameTrust extends X509ExtendedTrustManager {
    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;

    private final X509TrustManager chain;
    private final String serverName;

    ServerNameTrust(X509TrustManager chain, String serverName) {
        this.chain = chain;
        this.serverName = serverName.toLowerCase(Locale.ROOT);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
        chain.checkServerTrusted(certificates, authType);
        if (!matches(certificates[0])) {
            throw new CertificateException("x509: certificate is not valid for " + serverName);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certificates, String authType, Socket socket)
            throws CertificateException {
        checkServerTrusted(certificates, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certificates, String authType, SSLEngine engine)
            throws CertificateException {
        checkServerTrusted(certificates, authType);
    }

    private boolean matches(X509Certificate certificate) throws CertificateParsingException {
        Collection<List<?>> names = certificate.getSubjectAlternativeNames();
        if (names == null) {
            return false;
        }
        for (List<?> name : names) {
            int type = (Integer) name.get(0);
            String value = ((String) name.get(1)).toLowerCase(Locale.ROOT);
            if (type == IP_ADDRESS && value.equals(serverName)) {
                return true;
            }
            if (type == DNS_NAME && dnsMatches(value)) {
                return true;
            }
        }
        return false;
    }

    /** Exact match, or a wildcard standing for exactly the leftmost label. */
    private boolean dnsMatches(String pattern) {
        if (!pattern.startsWith("*.")) {
            return pattern.equals(serverName);
        }
        int dot = serverName.indexOf('.');
        return dot > 0 && serverName.substring(dot).equals(pattern.substring(1));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
        chain.checkClientTrusted(certificates, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certificates, String authType, Socket socket)
            throws CertificateException {
        chain.checkClientTrusted(certificates, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certificates, String authType, SSLEngine engine)
            throws CertificateException {
        chain.checkClientTrusted(certificates, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return chain.getAcceptedIssuers();
    }
}
