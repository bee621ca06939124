package io.jalloy.runtime.componenttest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates {@code ../shared}, Alloy's conformance material beside the checkout, for every module
 * that depends on this test-jar (jalloy-syntax keeps its own copy: it cannot depend on
 * jalloy-runtime). Without it a test is skipped with a message, except under CI=true, where a
 * missing folder fails the test.
 */
public final class SharedData {
    private SharedData() {}

    /** The {@code shared} folder, or a skip (a failure under CI) when it is absent. */
    public static Path root() {
        String configured = System.getProperty("jalloy.shared");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(root)) {
            root = Path.of("..", "shared");
        }
        if (Files.isDirectory(root)) {
            return root.toAbsolutePath().normalize();
        }
        String message = "../shared (Alloy's conformance data) is not beside this checkout: " + root.toAbsolutePath();
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(message);
        }
        Assumptions.abort(message);
        return null;
    }

    /** {@code shared/conformance/alloy/<relative>}. */
    public static Path alloy(String relative) {
        return root().resolve("conformance/alloy").resolve(relative);
    }
}
