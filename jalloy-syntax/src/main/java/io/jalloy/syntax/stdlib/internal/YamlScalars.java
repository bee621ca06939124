package io.jalloy.syntax.stdlib.internal;

import io.jalloy.syntax.value.BoolValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import java.math.BigInteger;

/**
 * How gopkg.in/yaml.v3 resolves an untagged plain scalar decoded into an interface{}: YAML 1.2
 * core booleans and nulls only (yes/no/on/off stay strings), Go's base-prefixed integers
 * (including 1.1-style 0777 octals), YAML-style floats, and timestamps left as strings.
 */
final class YamlScalars {
    private YamlScalars() {}

    static Value resolvePlain(String in) {
        if (in.isEmpty()) {
            return NullValue.INSTANCE;
        }
        switch (in) {
            case "~", "null", "Null", "NULL":
                return NullValue.INSTANCE;
            case "true", "True", "TRUE":
                return BoolValue.TRUE;
            case "false", "False", "FALSE":
                return BoolValue.FALSE;
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
                return NumberValue.ofFloat(Double.POSITIVE_INFINITY);
            case "-.inf", "-.Inf", "-.INF":
                return NumberValue.ofFloat(Double.NEGATIVE_INFINITY);
            case ".nan", ".NaN", ".NAN":
                return NumberValue.ofFloat(Double.NaN);
            default:
                break;
        }
        char c = in.charAt(0);
        if (c == '.') {
            Double d = parseGoFloat(in);
            return d != null ? NumberValue.ofFloat(d) : StringValue.of(in);
        }
        if (c != '+' && c != '-' && (c < '0' || c > '9')) {
            return StringValue.of(in);
        }
        String plain = in.replace("_", "");
        BigInteger big = parseGoInt(plain);
        if (big != null) {
            if (big.bitLength() < 64) {
                return NumberValue.ofInt(big.longValue());
            }
            if (big.signum() > 0 && big.bitLength() == 64) {
                return NumberValue.ofUint(big.longValue());
            }
        }
        if (isYamlFloat(plain)) {
            Double d = parseGoFloat(plain);
            if (d != null) {
                return NumberValue.ofFloat(d);
            }
        }
        return StringValue.of(in);
    }

    /** {@code strconv.ParseInt(s, 0, ...)} without the range check: sign, then 0x, 0o, 0b or 0 prefixes. */
    private static BigInteger parseGoInt(String s) {
        int i = 0;
        boolean neg = false;
        if (s.startsWith("+") || s.startsWith("-")) {
            neg = s.charAt(0) == '-';
            i = 1;
        }
        String body = s.substring(i);
        int radix = 10;
        if (body.length() > 1 && body.charAt(0) == '0') {
            char p = Character.toLowerCase(body.charAt(1));
            if (p == 'x') {
                radix = 16;
                body = body.substring(2);
            } else if (p == 'o') {
                radix = 8;
                body = body.substring(2);
            } else if (p == 'b') {
                radix = 2;
                body = body.substring(2);
            } else {
                radix = 8;
                body = body.substring(1);
            }
        }
        if (body.isEmpty()) {
            return null;
        }
        for (int k = 0; k < body.length(); k++) {
            if (Character.digit(body.charAt(k), radix) < 0 || body.charAt(k) > 'z') {
                return null;
            }
        }
        BigInteger v = new BigInteger(body, radix);
        return neg ? v.negate() : v;
    }

    /** yaml.v3's float shape: {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?}. */
    private static boolean isYamlFloat(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            int frac = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                frac++;
            }
            if (digits == 0 && frac == 0) {
                return false;
            }
        } else if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A decimal float as Go's ParseFloat reads it (out-of-range values fail), or null. */
    private static Double parseGoFloat(String s) {
        if (!isYamlFloat(s)) {
            return null;
        }
        double d = Double.parseDouble(s);
        return Double.isInfinite(d) ? null : d;
    }
}
