package io.jalloy.common.http;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.ValueException;

/** The {@code basic_auth} block: a user name and a password given inline or read from a file. */
public record BasicAuth(
        @Attr(value = "username", optional = true) String username,
        @Attr(value = "password", optional = true) Secret password,
        @Attr(value = "password_file", optional = true) String passwordFile) {

    /** Alloy's check that at most one password source is set. */
    void validate() throws ValueException {
        if (ConfigText.isSet(password) && !passwordFile.isEmpty()) {
            throw new ValueException("at most one of basic_auth password & password_file must be configured");
        }
    }
}
