package io.jalloy.remote.http.config;

import io.jalloy.syntax.value.Secret;

/** The {@code basic_auth} block: a user name and a password given inline or read from a file. */
public record BasicAuth(String username, Secret password, String passwordFile) {

    /** Alloy's check that at most one password source is set. */
    void validate() {
        if (ConfigText.isSet(password) && !passwordFile.isEmpty()) {
            throw new IllegalArgumentException("at most one of basic_auth password & password_file must be configured");
        }
    }
}
