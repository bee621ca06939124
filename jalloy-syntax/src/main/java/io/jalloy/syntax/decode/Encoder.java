package io.jalloy.syntax.decode;

import io.jalloy.syntax.decode.internal.Codecs;
import io.jalloy.syntax.value.Value;

/**
 * Turns Java values back into Alloy values by the same rules the {@link Decoder} reads them:
 * annotated records become objects keyed by their attribute and block names (how components
 * publish their exports), durations become Go duration strings, secrets stay capsules.
 * Thread-safe.
 */
public final class Encoder {
    private Encoder() {}

    /** The Alloy value of {@code o}; null gives Alloy's null. */
    public static Value encode(Object o) {
        return Codecs.encodeDynamic(o);
    }
}
