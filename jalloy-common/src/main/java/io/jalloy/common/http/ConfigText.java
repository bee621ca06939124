package io.jalloy.common.http;

import io.jalloy.syntax.value.Secret;

/** Small checks shared by the client config blocks. */
final class ConfigText {
    private ConfigText() {}

    /** Whether an optional secret attribute was given a non-empty value. */
    static boolean isSet(Secret secret) {
        return secret != null && !secret.value().isEmpty();
    }
}
