package io.jalloy.runtime.controller;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates Alloy's conformance data in {@code ../shared}: skipped with a message when absent, a
 * failure under CI=true (mirrors jalloy-syntax's SharedData, whose test classes this module cannot see).
 */
final class ConformanceData {
    private ConformanceData() {}

    static Path alloy(String relative) {
        String configured = System.getProperty("jalloy.shared");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(root)) {
            root = Path.of("..", "shared");
        }
        if (!Files.isDirectory(root)) {
            String message = "../shared (Alloy's conformance data) is not beside this checkout: " + root.toAbsolutePath();
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        return root.toAbsolutePath().normalize().resolve("conformance/alloy").resolve(relative);
    }
}
