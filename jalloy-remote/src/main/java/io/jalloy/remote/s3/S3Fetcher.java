package io.jalloy.remote.s3;

import io.jalloy.remote.internal.ContentFetcher;
import io.jalloy.remote.internal.FetchException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/** Downloads one object whole; the content is exported as it is (Alloy does not trim it). */
final class S3Fetcher implements ContentFetcher {
    private final S3Client client;
    private final GetObjectRequest request;

    S3Fetcher(S3Client client, S3Location location) {
        this.client = client;
        this.request = GetObjectRequest.builder().bucket(location.bucket()).key(location.key()).build();
    }

    @Override
    public String fetch() throws FetchException {
        try {
            return client.getObjectAsBytes(request).asUtf8String();
        } catch (SdkException e) {
            throw new FetchException(e.getMessage(), e);
        }
    }
}
