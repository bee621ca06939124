package io.jalloy.prometheus.testing;

import io.jalloy.common.relabel.RelabelRules;
import io.jalloy.prometheus.api.MetricsReceiver;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.Value;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The metrics components' view of the shared doc-example helper
 * ({@link io.jalloy.runtime.componenttest.DocExampleBlocks}): references to receivers become a
 * placeholder {@link MetricsReceiver}, references to rules become empty relabel rules.
 */
public final class DocExampleBlocks {
    private static final MetricsReceiver DUMMY = () -> {
        throw new UnsupportedOperationException("placeholder");
    };

    private DocExampleBlocks() {}

    /** The parse-ok example files mentioning {@code component}, as name → text. */
    public static Map<String, String> examplesWith(String component) throws IOException {
        return io.jalloy.runtime.componenttest.DocExampleBlocks.examplesWith(component);
    }

    /** Decodes every {@code component} block of {@code text} into {@code type}. */
    public static <A extends Record> List<A> decodeAll(String name, String text, String component, Class<A> type)
            throws Exception {
        return io.jalloy.runtime.componenttest.DocExampleBlocks.decodeAll(name, text, component, type,
                DocExampleBlocks::placeholder);
    }

    private static Value placeholder(String lastName) {
        return switch (lastName) {
            case "receiver", "receivers", "metrics_receiver" -> new CapsuleValue(DUMMY);
            case "rules" -> new CapsuleValue(RelabelRules.EMPTY);
            default -> null;
        };
    }
}
