package io.jalloy.cli.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3 endpoint for the seed scenario: S3Proxy on 127.0.0.1 over jclouds' in-memory store,
 * checking AWS V4 signatures against one access key. Session-token headers (sent with container
 * credentials) are let through; they are still covered by the signature.
 */
public final class S3Endpoint implements AutoCloseable {
    private final S3Proxy proxy;
    private final BlobStoreContext context;

    public S3Endpoint(String accessKey, String secretKey) throws Exception {
        context = ContextBuilder.newBuilder("transient").credentials("unused", "unused").build(BlobStoreContext.class);
        proxy = S3Proxy.builder().blobStore(context.getBlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .ignoreUnknownHeaders(true)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .build();
        proxy.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!"STARTED".equals(proxy.getState()) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        if (!"STARTED".equals(proxy.getState())) {
            close();
            throw new IllegalStateException("S3Proxy is " + proxy.getState());
        }
    }

    /** The endpoint URL for a {@code client} block. */
    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    /** Writes or replaces an object, creating its bucket when needed. */
    public void put(String bucket, String key, String content) {
        BlobStore store = context.getBlobStore();
        store.createContainerInLocation(null, bucket);
        store.putBlob(bucket, store.blobBuilder(key).payload(content.getBytes(StandardCharsets.UTF_8)).build());
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        context.close();
    }
}
