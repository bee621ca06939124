package io.jalloy.loki.internal;

import io.jalloy.common.labels.Labels;
import io.jalloy.syntax.scanner.Literals;

/**
 * Loki's notation for a stream's labels, {@code {a="b", c="d"}}: sorted by name, values quoted as
 * Go's {@code strconv.Quote} does, and labels starting with {@code __} left out (they are internal,
 * such as {@code __tenant_id__}).
 */
public final class StreamLabels {
    private StreamLabels() {}

    /** Renders {@code labels}, leaving out internal ones. */
    public static String render(Labels labels) {
        StringBuilder sb = new StringBuilder(2 + labels.size() * 24).append('{');
        boolean first = true;
        for (int i = 0; i < labels.size(); i++) {
            String name = labels.name(i);
            if (name.startsWith("__")) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(name).append('=');
            Literals.appendQuoted(sb, labels.value(i));
        }
        return sb.append('}').toString();
    }
}
