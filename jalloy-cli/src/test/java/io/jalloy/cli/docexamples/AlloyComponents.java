package io.jalloy.cli.docexamples;

import io.jalloy.component.Stability;
import io.jalloy.runtime.componenttest.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The components Alloy registers ({@code shared/conformance/alloy/COMPONENTS.tsv}) and their stability. */
final class AlloyComponents {
    private final Map<String, Stability> stability = new HashMap<>();

    static AlloyComponents load() throws IOException {
        AlloyComponents c = new AlloyComponents();
        List<String> lines = Files.readAllLines(SharedData.alloy("COMPONENTS.tsv"));
        for (String line : lines.subList(1, lines.size())) { // the first line names the columns
            String[] cols = line.split("\t", -1);
            c.stability.put(cols[0], switch (cols[1]) {
                case "Experimental" -> Stability.EXPERIMENTAL;
                case "PublicPreview" -> Stability.PUBLIC_PREVIEW;
                default -> Stability.GENERALLY_AVAILABLE; // GenerallyAvailable, or "-" for community ones
            });
        }
        return c;
    }

    boolean contains(String kind) {
        return stability.containsKey(kind);
    }

    Stability stability(String kind) {
        return stability.get(kind);
    }

    /** The longest component name that is a whole-segment prefix of {@code names}. */
    Optional<String> longestPrefix(List<String> names) {
        String best = null;
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(n);
            if (stability.containsKey(sb.toString())) {
                best = sb.toString();
            }
        }
        return Optional.ofNullable(best);
    }
}
