package io.jalloy.loki;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.component.ComponentProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    @Test
    void theFourComponentsAreRegisteredAsServices() {
        var names = ServiceLoader.load(ComponentProvider.class).stream().map(p -> p.get().name()).toList();
        assertThat(names).contains("loki.write", "loki.source.api", "loki.echo", "loki.relabel");
    }
}
