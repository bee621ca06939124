package io.jalloy.cli.internal;

import io.jalloy.common.http.client.Pem;
import io.jalloy.runtime.controller.Source;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.stdlib.Stdlib;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.vm.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The {@code http} block's {@code tls}: the server certificate and key from {@code cert_file} and
 * {@code key_file} (or {@code cert_pem} and {@code key_pem}), PEM encoded. Client certificates,
 * cipher suites and version limits are refused with a diagnostic rather than ignored.
 */
public final class HttpTls {
    private static final Set<String> SUPPORTED = Set.of("cert_file", "key_file", "cert_pem", "key_pem");

    private HttpTls() {}

    /** The TLS context {@code source}'s http block asks for, or null for plain HTTP. */
    public static SSLContext context(Source source, Function<String, String> env) throws Diagnostics {
        ServiceBlock http = ServiceBlock.find(source, "http");
        ServiceBlock tls = http == null ? null : http.child("tls");
        if (tls == null) {
            return null;
        }
        for (Stmt stmt : tls.block().body()) {
            String name = stmt instanceof AttributeStmt a ? a.name().name() : ((BlockStmt) stmt).fullName();
            if (!SUPPORTED.contains(name)) {
                throw tls.error(name, "the http block's tls." + name + " is not supported by Jalloy yet");
            }
        }
        Scope scope = Scope.root(Stdlib.globals(env));
        String certPem = pem(tls, "cert_pem", "cert_file", scope);
        String keyPem = pem(tls, "key_pem", "key_file", scope);
        if (certPem == null || keyPem == null) {
            throw tls.error("", "tls needs a certificate (cert_file or cert_pem) and a key (key_file or key_pem)");
        }
        try {
            List<X509Certificate> chain = Pem.certificates(certPem);
            PrivateKey key = Pem.privateKey(keyPem);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", key, new char[0], chain.toArray(new X509Certificate[0]));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, new char[0]);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw tls.error("", "failed to load the http block's TLS certificate and key: " + e.getMessage());
        }
    }

    /** The PEM text given inline ({@code inline}) or by file ({@code file}), null when neither is set. */
    private static String pem(ServiceBlock tls, String inline, String file, Scope scope) throws Diagnostics {
        String text = string(tls, inline, scope);
        if (text != null) {
            return text;
        }
        String path = string(tls, file, scope);
        if (path == null) {
            return null;
        }
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw tls.error(file, "failed to read " + path + ": " + e.getMessage());
        }
    }

    private static String string(ServiceBlock block, String name, Scope scope) throws Diagnostics {
        Value v = block.attribute(name, scope);
        if (v == null) {
            return null;
        }
        try {
            return Decoder.decodeValue(v, Secret.class).value();
        } catch (ValueException e) {
            throw block.error(name, e.getMessage());
        }
    }
}
