package io.jalloy.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.component.Stability;
import io.jalloy.remote.http.HttpProvider;
import io.jalloy.remote.s3.S3Provider;
import io.jalloy.runtime.registry.ComponentRegistry;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    @Test
    void theRuntimeFindsRemoteHttpAndRemoteS3ThroughTheServiceLoader() throws Exception {
        ComponentRegistry registry = ComponentRegistry.load();

        assertThat(registry.require("remote.http", Stability.GENERALLY_AVAILABLE)).isInstanceOf(HttpProvider.class);
        assertThat(registry.require("remote.s3", Stability.GENERALLY_AVAILABLE)).isInstanceOf(S3Provider.class);
    }
}
