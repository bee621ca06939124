package io.jalloy.local.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.component.Stability;
import io.jalloy.runtime.registry.ComponentRegistry;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    @Test
    void theRuntimeFindsLocalFileThroughTheServiceLoader() throws Exception {
        ComponentRegistry registry = ComponentRegistry.load();

        assertThat(registry.require("local.file", Stability.GENERALLY_AVAILABLE)).isInstanceOf(FileProvider.class);
        assertThat(new FileProvider().argumentsType()).isEqualTo(Arguments.class);
        assertThat(new FileProvider().exportsType()).isEqualTo(Exports.class);
    }
}
