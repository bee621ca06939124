package io.jalloy.loki.process;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates {@code ../shared}; skips without it, except under CI=true, where it fails. */
public final class SharedData {
    private SharedData() {}

    public static Path alloy(String relative) {
        String configured = System.getProperty("jalloy.shared");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(root)) {
            root = Path.of("..", "shared");
        }
        if (!Files.isDirectory(root)) {
            String message = "../shared is not beside this checkout: " + root.toAbsolutePath();
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        return root.toAbsolutePath().normalize().resolve("conformance/alloy").resolve(relative);
    }
}
