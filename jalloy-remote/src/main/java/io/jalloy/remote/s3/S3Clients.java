package io.jalloy.remote.s3;

import io.jalloy.syntax.value.ValueException;
import java.net.URI;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.utils.AttributeMap;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Builds the S3 client for a {@code client} block on the JDK's URL connection (no Netty, no
 * Apache client). Without {@code key} the default AWS chain supplies credentials, which covers
 * environment variables, profiles, web identity, ECS/Fargate task roles (the container
 * credentials endpoint) and EC2 instance roles.
 */
final class S3Clients {
    private static final String FALLBACK_REGION = "us-east-1";

    private S3Clients() {}

    /** A client and the credentials provider it uses, released together. */
    record Built(S3Client client, AwsCredentialsProvider credentials) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
            if (credentials instanceof SdkAutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    /**
     * Builds a client.
     *
     * @param defaultCredentials the chain used when the block sets no static key (a fresh one per client)
     * @throws ValueException with Alloy's message when only the key is set
     */
    static Built build(Client block, Supplier<AwsCredentialsProvider> defaultCredentials) throws ValueException {
        AwsCredentialsProvider credentials = credentials(block, defaultCredentials);
        AttributeMap.Builder http = AttributeMap.builder();
        if (block.disableSsl()) {
            http.put(SdkHttpConfigurationOption.TRUST_ALL_CERTIFICATES, Boolean.TRUE);
        }
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder().buildWithDefaults(http.build()))
                .credentialsProvider(credentials)
                .region(Region.of(region(block)))
                .forcePathStyle(block.usePathStyle())
                // Checksums only where S3 requires them: S3-compatible stores (MinIO, Ceph, S3Proxy)
                // reject the newer checksum headers the SDK would otherwise send on every GET.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!block.endpoint().isEmpty()) {
            String endpoint = block.endpoint().contains("://") ? block.endpoint() : "https://" + block.endpoint();
            builder.endpointOverride(URI.create(endpoint));
        }
        return new Built(builder.build(), credentials);
    }

    private static AwsCredentialsProvider credentials(Client block, Supplier<AwsCredentialsProvider> fallback)
            throws ValueException {
        if (block.key().isEmpty()) {
            return fallback.get();
        }
        if (block.secretValue().isEmpty()) {
            throw new ValueException("if accesskey or secret are specified then the other must also be specified");
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(block.key(), block.secretValue()));
    }

    /**
     * The region to sign with: with a custom endpoint, {@code signing_region} wins (the endpoint
     * itself is fixed); then {@code region}; then the environment; then us-east-1.
     */
    static String region(Client block) {
        if (!block.endpoint().isEmpty() && !block.signingRegion().isEmpty()) {
            return block.signingRegion();
        }
        if (!block.region().isEmpty()) {
            return block.region();
        }
        String fromSettings = SdkSystemSetting.AWS_REGION.getStringValue().orElse("");
        if (!fromSettings.isEmpty()) {
            return fromSettings;
        }
        String legacy = System.getenv("AWS_DEFAULT_REGION");
        return legacy == null || legacy.isEmpty() ? FALLBACK_REGION : legacy;
    }
}
