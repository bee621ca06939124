package io.jalloy.common.http;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.ValueException;
import java.util.Locale;

/**
 * The {@code authorization} block: an {@code Authorization} header of the given type (Bearer
 * unless set), with credentials given inline or read from a file on every request.
 */
public record Authorization(
        @Attr(value = "type", optional = true) String type,
        @Attr(value = "credentials", optional = true) Secret credentials,
        @Attr(value = "credentials_file", optional = true) String credentialsFile) {

    /** The type to send: Alloy trims it and falls back to {@code Bearer}. */
    public String effectiveType() {
        String trimmed = type.strip();
        return trimmed.isEmpty() ? "Bearer" : trimmed;
    }

    void validate() throws ValueException {
        if (ConfigText.isSet(credentials) && !credentialsFile.isEmpty()) {
            throw new ValueException(
                    "at most one of authorization credentials & credentials_file must be configured");
        }
        if (effectiveType().toLowerCase(Locale.ROOT).equals("basic")) {
            throw new ValueException(
                    "authorization type cannot be set to \"basic\", use \"basic_auth\" block instead");
        }
    }
}
