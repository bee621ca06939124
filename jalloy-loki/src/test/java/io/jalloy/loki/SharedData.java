package io.jalloy.loki;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates {@code ../shared}, Alloy's conformance material beside the checkout. Skips without it,
 * except under CI=true, where a missing folder fails.
 */
public final class SharedData {
    private SharedData() {}

    /** {@code shared/conformance/alloy/<relative>}, or a skip when the folder is absent. */
    public static Path alloy(String relative) {
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
