package io.jalloy.remote.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3 endpoint for tests: S3Proxy in process on 127.0.0.1, over jclouds' in-memory blob
 * store, checking AWS signatures (V2 or V4) against one access key.
 */
public final class S3Peer implements AutoCloseable {
    private final S3Proxy proxy;
    private final BlobStoreContext context;

    private S3Peer(S3Proxy proxy, BlobStoreContext context) {
        this.proxy = proxy;
        this.context = context;
    }

    /**
     * Starts a peer accepting {@code accessKey}/{@code secretKey}; skips or fails the test when it
     * cannot. S3Proxy answers 501 to headers it does not know, among them the session token of
     * temporary credentials; {@code acceptSessionTokens} lets such headers through (they are
     * still covered by the signature it checks).
     */
    public static S3Peer start(String accessKey, String secretKey, boolean acceptSessionTokens) {
        return start(accessKey, secretKey, acceptSessionTokens, null);
    }

    /** As {@link #start(String, String, boolean)}, serving HTTPS with {@code certificate}. */
    public static S3Peer startTls(String accessKey, String secretKey, TestCertificates certificate) {
        return start(accessKey, secretKey, false, certificate);
    }

    private static S3Peer start(
            String accessKey, String secretKey, boolean acceptSessionTokens, TestCertificates certificate) {
        BlobStoreContext context = null;
        try {
            context = ContextBuilder.newBuilder("transient")
                    .credentials("unused", "unused")
                    .build(BlobStoreContext.class);
            S3Proxy.Builder builder = S3Proxy.builder()
                    .blobStore(context.getBlobStore())
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                    .ignoreUnknownHeaders(acceptSessionTokens);
            if (certificate == null) {
                builder.endpoint(URI.create("http://127.0.0.1:0"));
            } else {
                builder.secureEndpoint(URI.create("https://127.0.0.1:0"))
                        .keyStore(certificate.keyStore().toString(), TestCertificates.PASSWORD_TEXT);
            }
            S3Proxy proxy = builder.build();
            proxy.start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!"STARTED".equals(proxy.getState()) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            if (!"STARTED".equals(proxy.getState())) {
                throw new IllegalStateException("S3Proxy is " + proxy.getState());
            }
            return new S3Peer(proxy, context);
        } catch (Exception | LinkageError | java.util.ServiceConfigurationError e) {
            if (context != null) {
                context.close();
            }
            Peers.unavailable("S3Proxy", e);
            throw new IllegalStateException("unreachable");
        }
    }

    /** The endpoint URL for the client block. */
    public String endpoint() {
        return proxy.getSecurePort() > 0
                ? "https://127.0.0.1:" + proxy.getSecurePort()
                : "http://127.0.0.1:" + proxy.getPort();
    }

    /** Writes (or replaces) an object, creating its bucket when needed. */
    public void put(String bucket, String key, String content) {
        BlobStore store = context.getBlobStore();
        store.createContainerInLocation(null, bucket);
        store.putBlob(bucket, store.blobBuilder(key).payload(content.getBytes(StandardCharsets.UTF_8)).build());
    }

    /** Removes an object. */
    public void delete(String bucket, String key) {
        context.getBlobStore().removeBlob(bucket, key);
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        context.close();
    }
}
