package io.jalloy.loki.process.internal.template;

import io.jalloy.loki.process.internal.GoFloat;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Go's printing, truthiness and conversions for template values. */
final class GoValues {
    /** A map key that is absent: prints as {@code <no value>}, is false, and is rejected by functions. */
    static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<no value>";
        }
    };

    private GoValues() {}

    /** {@code fmt.Sprint} of one value. */
    static String print(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof Double d) {
            return formatG(d);
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(print(l.get(i)));
            }
            return sb.append(']').toString();
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("map[");
            boolean first = true;
            for (var e : new java.util.TreeMap<>(m).entrySet()) {
                if (!first) {
                    sb.append(' ');
                }
                first = false;
                sb.append(print(e.getKey())).append(':').append(print(e.getValue()));
            }
            return sb.append(']').toString();
        }
        return v.toString();
    }

    /** Go's {@code %v} for a float64: shortest digits, exponent form from 1e6 or below 1e-4. */
    static String formatG(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return GoFloat.format(d);
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exp = b.precision() - b.scale() - 1;
        if (exp < -4 || exp >= 6) {
            String m = b.unscaledValue().abs().toString();
            String mant = m.length() > 1 ? m.charAt(0) + "." + m.substring(1) : m;
            return (d < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "")
                    + Math.abs(exp);
        }
        return b.toPlainString();
    }

    /** Go template truth: false, 0, nil, empty strings and collections are false. */
    static boolean truth(Object v) {
        if (v == null || v == MISSING) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    static String string(Object v) throws TemplateException {
        if (v instanceof String s) {
            return s;
        }
        if (v == MISSING || v == null) {
            throw new TemplateException("invalid value; expected string");
        }
        throw new TemplateException("wrong type for value; expected string; got " + typeName(v));
    }

    static long integer(Object v) throws TemplateException {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        throw new TemplateException("wrong type for value; expected int; got " + typeName(v));
    }

    static String typeName(Object v) {
        if (v instanceof String) {
            return "string";
        } else if (v instanceof Double) {
            return "float64";
        } else if (v instanceof Long) {
            return "int";
        } else if (v instanceof Boolean) {
            return "bool";
        }
        return v == null ? "<nil>" : "interface {}";
    }

    /** sprig's loose conversions ({@code toString}, {@code int}, ...). */
    static String looseString(Object v) {
        return v == MISSING ? "" : v == null ? "" : print(v);
    }

    static double looseFloat(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        try {
            return Double.parseDouble(looseString(v).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static long looseInt(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        return (long) looseFloat(v);
    }
}
