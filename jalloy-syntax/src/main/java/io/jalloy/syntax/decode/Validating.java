package io.jalloy.syntax.decode;

import io.jalloy.syntax.value.ValueException;

/**
 * Implemented by a decoded record that checks itself once all its attributes and blocks are in;
 * the failure's message becomes a diagnostic on the block (or on the value, for records decoded
 * from an object value).
 */
public interface Validating {
    void validate() throws ValueException;
}
