package io.jalloy.syntax.value;

/**
 * A string that may or may not be sensitive (Alloy's optional secret): shown in clear unless
 * {@code isSecret}.
 */
public record OptionalSecret(String value, boolean isSecret) implements Capsule {

    @Override
    public String capsuleTypeName() {
        return "optional_secret";
    }

    @Override
    public String toString() {
        return isSecret ? "(secret)" : value;
    }
}
