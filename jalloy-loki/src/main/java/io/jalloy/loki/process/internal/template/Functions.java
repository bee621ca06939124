package io.jalloy.loki.process.internal.template;

import static io.jalloy.loki.process.internal.template.GoValues.MISSING;
import static io.jalloy.loki.process.internal.template.GoValues.integer;
import static io.jalloy.loki.process.internal.template.GoValues.looseFloat;
import static io.jalloy.loki.process.internal.template.GoValues.looseInt;
import static io.jalloy.loki.process.internal.template.GoValues.looseString;
import static io.jalloy.loki.process.internal.template.GoValues.print;
import static io.jalloy.loki.process.internal.template.GoValues.string;
import static io.jalloy.loki.process.internal.template.GoValues.truth;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The functions templates may call: Go's built-ins, Alloy's ({@code ToLower}, {@code Replace},
 * {@code Hash}, {@code regexReplaceAll}, ...) and a subset of sprig's string, math and encoding
 * functions.
 */
final class Functions {
    static final Map<String, Fn> ALL = build();

    private Functions() {}

    private static Map<String, Fn> build() {
        Map<String, Fn> f = new TreeMap<>();
        // Go built-ins
        f.put("and", a -> {
            Object last = null;
            for (Object v : a) {
                last = v;
                if (!truth(v)) {
                    return v;
                }
            }
            return last;
        });
        f.put("or", a -> {
            Object last = null;
            for (Object v : a) {
                last = v;
                if (truth(v)) {
                    return v;
                }
            }
            return last;
        });
        f.put("not", a -> !truth(arg(a, 0, 1)));
        f.put("eq", a -> {
            need(a, 2);
            for (int i = 1; i < a.size(); i++) {
                if (compare(a.get(0), a.get(i)) == 0) {
                    return true;
                }
            }
            return false;
        });
        f.put("ne", a -> compare(arg(a, 0, 2), a.get(1)) != 0);
        f.put("lt", a -> compare(arg(a, 0, 2), a.get(1)) < 0);
        f.put("le", a -> compare(arg(a, 0, 2), a.get(1)) <= 0);
        f.put("gt", a -> compare(arg(a, 0, 2), a.get(1)) > 0);
        f.put("ge", a -> compare(arg(a, 0, 2), a.get(1)) >= 0);
        f.put("len", a -> {
            Object v = arg(a, 0, 1);
            if (v instanceof String s) {
                return (long) s.getBytes(StandardCharsets.UTF_8).length;
            } else if (v instanceof List<?> l) {
                return (long) l.size();
            } else if (v instanceof Map<?, ?> m) {
                return (long) m.size();
            }
            throw new TemplateException("len of type " + GoValues.typeName(v));
        });
        f.put("index", a -> {
            Object v = arg(a, 0, 2);
            Object k = a.get(1);
            if (v instanceof Map<?, ?> m) {
                return m.containsKey(k) ? m.get(k) : MISSING;
            } else if (v instanceof List<?> l) {
                return l.get((int) integer(k));
            }
            throw new TemplateException("can't index item of type " + GoValues.typeName(v));
        });
        f.put("print", a -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < a.size(); i++) {
                boolean bothNonString = i > 0 && !(a.get(i) instanceof String) && !(a.get(i - 1) instanceof String);
                if (bothNonString) {
                    sb.append(' ');
                }
                sb.append(print(a.get(i)));
            }
            return sb.toString();
        });
        f.put("println", a -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(print(a.get(i)));
            }
            return sb.append('\n').toString();
        });
        f.put("printf", a -> Printf.format(string(arg(a, 0, 1)), a.subList(1, a.size())));
        // Alloy's functions
        f.put("ToLower", a -> string(arg(a, 0, 1)).toLowerCase(java.util.Locale.ROOT));
        f.put("ToUpper", a -> string(arg(a, 0, 1)).toUpperCase(java.util.Locale.ROOT));
        f.put("Replace", a -> replace(string(arg(a, 0, 4)), string(a.get(1)), string(a.get(2)), integer(a.get(3))));
        f.put("Trim", a -> trim(string(arg(a, 0, 2)), string(a.get(1)), true, true));
        f.put("TrimLeft", a -> trim(string(arg(a, 0, 2)), string(a.get(1)), true, false));
        f.put("TrimRight", a -> trim(string(arg(a, 0, 2)), string(a.get(1)), false, true));
        f.put("TrimPrefix", a -> {
            String s = string(arg(a, 0, 2));
            String p = string(a.get(1));
            return s.startsWith(p) ? s.substring(p.length()) : s;
        });
        f.put("TrimSuffix", a -> {
            String s = string(arg(a, 0, 2));
            String p = string(a.get(1));
            return s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
        });
        f.put("TrimSpace", a -> string(arg(a, 0, 1)).strip());
        f.put("Hash", a -> digest("SHA3-256", string(arg(a, 0, 2)) + string(a.get(1))));
        f.put("Sha2Hash", a -> digest("SHA-256", string(arg(a, 0, 2)) + string(a.get(1))));
        f.put("regexReplaceAll", a -> regex(string(arg(a, 0, 3))).matcher(string(a.get(1))).replaceAll(goExpand(string(a.get(2)))));
        f.put("regexReplaceAllLiteral", a -> regex(string(arg(a, 0, 3))).matcher(string(a.get(1)))
                .replaceAll(Matcher.quoteReplacement(string(a.get(2)))));
        // sprig
        f.put("lower", a -> looseString(arg(a, 0, 1)).toLowerCase(java.util.Locale.ROOT));
        f.put("upper", a -> looseString(arg(a, 0, 1)).toUpperCase(java.util.Locale.ROOT));
        f.put("title", a -> title(looseString(arg(a, 0, 1))));
        f.put("trim", a -> looseString(arg(a, 0, 1)).strip());
        f.put("trimAll", a -> trim(looseString(arg(a, 0, 2)).isEmpty() ? "" : looseString(a.get(1)), looseString(a.get(0)), true, true));
        f.put("trimPrefix", a -> {
            String p = looseString(arg(a, 0, 2));
            String s = looseString(a.get(1));
            return s.startsWith(p) ? s.substring(p.length()) : s;
        });
        f.put("trimSuffix", a -> {
            String p = looseString(arg(a, 0, 2));
            String s = looseString(a.get(1));
            return s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
        });
        f.put("replace", a -> looseString(arg(a, 2, 3)).replace(looseString(a.get(0)), looseString(a.get(1))));
        f.put("contains", a -> looseString(arg(a, 1, 2)).contains(looseString(a.get(0))));
        f.put("hasPrefix", a -> looseString(arg(a, 1, 2)).startsWith(looseString(a.get(0))));
        f.put("hasSuffix", a -> looseString(arg(a, 1, 2)).endsWith(looseString(a.get(0))));
        f.put("repeat", a -> looseString(arg(a, 1, 2)).repeat((int) Math.max(0, looseInt(a.get(0)))));
        f.put("substr", a -> {
            String s = looseString(arg(a, 2, 3));
            int start = (int) looseInt(a.get(0));
            int end = (int) looseInt(a.get(1));
            if (start < 0) {
                return s.substring(0, Math.min(Math.max(end, 0), s.length()));
            }
            if (end < 0 || end > s.length()) {
                return start > s.length() ? "" : s.substring(start);
            }
            return start > end ? "" : s.substring(start, end);
        });
        f.put("trunc", a -> {
            String s = looseString(arg(a, 1, 2));
            int n = (int) looseInt(a.get(0));
            if (n < 0) {
                return -n < s.length() ? s.substring(s.length() + n) : s;
            }
            return n < s.length() ? s.substring(0, n) : s;
        });
        f.put("nospace", a -> looseString(arg(a, 0, 1)).replaceAll("\\s", ""));
        f.put("quote", a -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append('"').append(looseString(a.get(i)).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            return sb.toString();
        });
        f.put("squote", a -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append('\'').append(looseString(a.get(i))).append('\'');
            }
            return sb.toString();
        });
        f.put("default", a -> a.size() < 2 || !truth(a.get(1)) ? arg(a, 0, 1) : a.get(1));
        f.put("empty", a -> !truth(arg(a, 0, 1)));
        f.put("coalesce", a -> {
            for (Object v : a) {
                if (truth(v)) {
                    return v;
                }
            }
            return null;
        });
        f.put("ternary", a -> truth(arg(a, 2, 3)) ? a.get(0) : a.get(1));
        f.put("toString", a -> looseString(arg(a, 0, 1)));
        f.put("int", a -> looseInt(arg(a, 0, 1)));
        f.put("int64", a -> looseInt(arg(a, 0, 1)));
        f.put("float64", a -> looseFloat(arg(a, 0, 1)));
        f.put("add", a -> {
            long sum = 0;
            for (Object v : a) {
                sum += looseInt(v);
            }
            return sum;
        });
        f.put("add1", a -> looseInt(arg(a, 0, 1)) + 1);
        f.put("sub", a -> looseInt(arg(a, 0, 2)) - looseInt(a.get(1)));
        f.put("mul", a -> {
            long p = 1;
            for (Object v : a) {
                p *= looseInt(v);
            }
            return p;
        });
        f.put("div", a -> {
            long d = looseInt(arg(a, 1, 2));
            if (d == 0) {
                throw new TemplateException("runtime error: integer divide by zero");
            }
            return looseInt(a.get(0)) / d;
        });
        f.put("mod", a -> {
            long d = looseInt(arg(a, 1, 2));
            if (d == 0) {
                throw new TemplateException("runtime error: integer divide by zero");
            }
            return looseInt(a.get(0)) % d;
        });
        f.put("splitList", a -> new ArrayList<Object>(List.of(looseString(arg(a, 1, 2)).split(Pattern.quote(looseString(a.get(0))), -1))));
        f.put("join", a -> {
            Object v = arg(a, 1, 2);
            if (v instanceof List<?> l) {
                List<String> parts = new ArrayList<>();
                for (Object o : l) {
                    parts.add(looseString(o));
                }
                return String.join(looseString(a.get(0)), parts);
            }
            return looseString(v);
        });
        f.put("b64enc", a -> Base64.getEncoder().encodeToString(looseString(arg(a, 0, 1)).getBytes(StandardCharsets.UTF_8)));
        f.put("b64dec", a -> {
            try {
                return new String(Base64.getDecoder().decode(looseString(arg(a, 0, 1))), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
        f.put("sha1sum", a -> digest("SHA-1", looseString(arg(a, 0, 1))));
        f.put("sha256sum", a -> digest("SHA-256", looseString(arg(a, 0, 1))));
        f.put("regexMatch", a -> regex(looseString(arg(a, 0, 2))).matcher(looseString(a.get(1))).find());
        f.put("regexFind", a -> {
            Matcher m = regex(looseString(arg(a, 0, 2))).matcher(looseString(a.get(1)));
            return m.find() ? m.group() : "";
        });
        return f;
    }

    private static Object arg(List<Object> a, int i, int want) throws TemplateException {
        need(a, want);
        return a.get(i);
    }

    private static void need(List<Object> a, int want) throws TemplateException {
        if (a.size() < want) {
            throw new TemplateException("wrong number of args: want " + want + " got " + a.size());
        }
    }

    static int compare(Object x, Object y) throws TemplateException {
        if (x instanceof Number a && y instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        if (x instanceof String a && y instanceof String b) {
            return a.compareTo(b);
        }
        if (x instanceof Boolean a && y instanceof Boolean b) {
            return a.equals(b) ? 0 : 1;
        }
        if (x == null || y == null || x == MISSING || y == MISSING) {
            if (x == y) {
                return 0;
            }
            throw new TemplateException("incompatible types for comparison");
        }
        throw new TemplateException("incompatible types for comparison");
    }

    private static Pattern regex(String expr) throws TemplateException {
        try {
            return Pattern.compile(expr);
        } catch (PatternSyntaxException e) {
            throw new TemplateException(e.getMessage());
        }
    }

    // Go's Expand syntax ($1, ${1}, ${name}) to RE2J's ($1, ${name}); a literal $$ stays a dollar.
    private static String goExpand(String repl) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < repl.length(); i++) {
            char c = repl.charAt(i);
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c == '$' && i + 1 < repl.length() && repl.charAt(i + 1) == '$') {
                sb.append("\\$");
                i++;
            } else if (c == '$' && i + 1 < repl.length() && repl.charAt(i + 1) == '{') {
                int end = repl.indexOf('}', i);
                String name = end < 0 ? "" : repl.substring(i + 2, end);
                if (end > 0 && !name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                    sb.append('$').append(name);
                    i = end;
                } else if (end > 0) {
                    sb.append("${").append(name).append('}');
                    i = end;
                } else {
                    sb.append("\\$");
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String replace(String s, String old, String repl, long n) {
        if (n < 0) {
            if (old.isEmpty()) {
                StringBuilder sb = new StringBuilder(repl);
                s.codePoints().forEach(cp -> sb.appendCodePoint(cp).append(repl));
                return sb.toString();
            }
            return s.replace(old, repl);
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (long i = 0; i < n; i++) {
            int at = s.indexOf(old, from);
            if (at < 0) {
                break;
            }
            sb.append(s, from, at).append(repl);
            from = at + Math.max(old.length(), 0);
            if (old.isEmpty()) {
                if (from >= s.length()) {
                    break;
                }
                sb.append(s.charAt(from));
                from++;
            }
        }
        return sb.append(s.substring(from)).toString();
    }

    static String trim(String s, String cutset, boolean left, boolean right) {
        int start = 0;
        int end = s.length();
        while (left && start < end && cutset.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (right && end > start && cutset.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? Character.toTitleCase(c) : c);
            start = Character.isWhitespace(c);
        }
        return sb.toString();
    }

    private static String digest(String algorithm, String input) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
