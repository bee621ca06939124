package io.jalloy.common.http.client;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * Reads PEM certificates and private keys as Go's TLS stack accepts them: PKCS#8
 * ({@code PRIVATE KEY}) for RSA, EC and Ed25519, and PKCS#1 ({@code RSA PRIVATE KEY}).
 */
public final class Pem {
    private static final byte[] RSA_ALGORITHM = {
        0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00
    };

    private Pem() {}

    /** Every certificate in {@code pem}. */
    public static List<X509Certificate> certificates(String pem) throws GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certificates = factory
                .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
                .stream()
                .map(X509Certificate.class::cast)
                .toList();
        if (certificates.isEmpty()) {
            throw new GeneralSecurityException("no certificates found in PEM data");
        }
        return certificates;
    }

    /** The first private key in {@code pem}. */
    public static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        if (pem.contains("-----BEGIN PRIVATE KEY-----")) {
            return pkcs8(block(pem, "PRIVATE KEY"));
        }
        if (pem.contains("-----BEGIN RSA PRIVATE KEY-----")) {
            return pkcs8(wrapRsa(block(pem, "RSA PRIVATE KEY")));
        }
        throw new GeneralSecurityException("failed to find any PEM data in key input");
    }

    private static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        GeneralSecurityException last = null;
        for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw new GeneralSecurityException("unsupported private key type", last);
    }

    private static byte[] block(String pem, String label) throws GeneralSecurityException {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int start = pem.indexOf(begin);
        int stop = pem.indexOf(end, start);
        if (start < 0 || stop < 0) {
            throw new GeneralSecurityException("malformed PEM block " + label);
        }
        String body = pem.substring(start + begin.length(), stop);
        try {
            return Base64.getMimeDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("malformed PEM block " + label, e);
        }
    }

    /** Wraps a PKCS#1 RSA key in the PKCS#8 envelope the JDK's key factory reads. */
    private static byte[] wrapRsa(byte[] pkcs1) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {0x02, 0x01, 0x00});
        body.writeBytes(RSA_ALGORITHM);
        writeTagged(body, 0x04, pkcs1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTagged(out, 0x30, body.toByteArray());
        return out.toByteArray();
    }

    private static void writeTagged(ByteArrayOutputStream out, int tag, byte[] content) {
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content);
    }
}
