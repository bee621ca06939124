package io.jalloy.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class SharedDataTest {
    @Test
    void sharedFolderHoldsAlloysConformanceData() {
        assertThat(Files.isDirectory(SharedData.alloy("syntax/parser/valid"))).isTrue();
    }
}
