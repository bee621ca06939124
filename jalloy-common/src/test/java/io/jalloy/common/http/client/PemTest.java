package io.jalloy.common.http.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PemTest {

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + label
                + "-----\n";
    }

    /** The PKCS#1 key inside a JDK PKCS#8 RSA encoding: the contents of its OCTET STRING. */
    private static byte[] pkcs1Of(byte[] pkcs8) {
        int offset = headerLength(pkcs8, 0); // outer SEQUENCE
        offset += 3; // INTEGER 0
        offset += headerLength(pkcs8, offset) + contentLength(pkcs8, offset); // algorithm SEQUENCE
        int start = offset + headerLength(pkcs8, offset);
        return Arrays.copyOfRange(pkcs8, start, start + contentLength(pkcs8, offset));
    }

    private static int headerLength(byte[] der, int at) {
        int first = der[at + 1] & 0xff;
        return first < 0x80 ? 2 : 2 + (first & 0x7f);
    }

    private static int contentLength(byte[] der, int at) {
        int first = der[at + 1] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int length = 0;
        for (int i = 0; i < (first & 0x7f); i++) {
            length = (length << 8) | (der[at + 2 + i] & 0xff);
        }
        return length;
    }

    @Test
    void pkcs8KeysOfEachAlgorithmAreRead() throws Exception {
        for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
            KeyPair pair = KeyPairGenerator.getInstance(algorithm).generateKeyPair();
            PrivateKey key = Pem.privateKey(pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            assertThat(key.getEncoded()).as(algorithm).isEqualTo(pair.getPrivate().getEncoded());
        }
    }

    @Test
    void pkcs1RsaKeysAreRead() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();

        PrivateKey key = Pem.privateKey(pem("RSA PRIVATE KEY", pkcs1Of(pair.getPrivate().getEncoded())));

        assertThat(key.getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
    }

    @Test
    void textWithoutAKeyIsRejected() {
        assertThatThrownBy(() -> Pem.privateKey("hello"))
                .isInstanceOf(GeneralSecurityException.class)
                .hasMessage("failed to find any PEM data in key input");
        assertThatThrownBy(() -> Pem.certificates(""))
                .isInstanceOf(GeneralSecurityException.class);
    }
}
