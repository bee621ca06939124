package io.jalloy.syntax.vm;

import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.OptionalSecret;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;

/**
 * Brings a string, a secret and an optional secret to a common type before an operator, as
 * Alloy does: anything mixed with a secret becomes a secret, a string mixed with a sensitive
 * optional secret becomes one, and a non-sensitive optional secret acts as a plain string.
 */
final class SecretMixing {
    private SecretMixing() {}

    static Value[] unwrap(Value lhs, Value rhs) {
        Object l = lhs instanceof CapsuleValue c ? c.value() : lhs instanceof StringValue s ? s : null;
        Object r = rhs instanceof CapsuleValue c ? c.value() : rhs instanceof StringValue s ? s : null;
        if (l instanceof OptionalSecret lo) {
            if (r instanceof Secret) {
                return pair(secret(lo.value()), rhs);
            }
            if (r instanceof StringValue rs) {
                return lo.isSecret()
                        ? pair(lhs, new CapsuleValue(new OptionalSecret(rs.value(), true)))
                        : pair(StringValue.of(lo.value()), rs);
            }
        } else if (l instanceof Secret) {
            if (r instanceof OptionalSecret ro) {
                return pair(lhs, secret(ro.value()));
            }
            if (r instanceof StringValue rs) {
                return pair(lhs, secret(rs.value()));
            }
        } else if (l instanceof StringValue ls) {
            if (r instanceof OptionalSecret ro) {
                return ro.isSecret()
                        ? pair(new CapsuleValue(new OptionalSecret(ls.value(), true)), rhs)
                        : pair(lhs, StringValue.of(ro.value()));
            }
            if (r instanceof Secret) {
                return pair(secret(ls.value()), rhs);
            }
        }
        return pair(lhs, rhs);
    }

    private static CapsuleValue secret(String s) {
        return new CapsuleValue(new Secret(s));
    }

    private static Value[] pair(Value a, Value b) {
        return new Value[] {a, b};
    }
}
