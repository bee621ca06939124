package io.jalloy.loki.process.internal.template;

import java.util.List;

/** A subset of Go's {@code fmt.Sprintf}: {@code %s %v %d %q %f %x %%}, widths ignored. */
final class Printf {
    private Printf() {}

    static String format(String f, List<Object> args) {
        StringBuilder sb = new StringBuilder();
        int a = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '%' || i + 1 >= f.length()) {
                sb.append(c);
                continue;
            }
            int j = i + 1;
            while (j < f.length() && "0123456789.-+# ".indexOf(f.charAt(j)) >= 0) {
                j++;
            }
            if (j >= f.length()) {
                sb.append(f, i, j);
                break;
            }
            char verb = f.charAt(j);
            i = j;
            if (verb == '%') {
                sb.append('%');
                continue;
            }
            if (a >= args.size()) {
                sb.append("%!").append(verb).append("(MISSING)");
                continue;
            }
            Object v = args.get(a++);
            switch (verb) {
                case 'q' -> sb.append('"').append(GoValues.print(v).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                case 'd' -> sb.append(v instanceof Number n ? Long.toString(n.longValue()) : "%!d(" + GoValues.print(v) + ")");
                case 'f' -> sb.append(v instanceof Number n ? String.format("%f", n.doubleValue()) : "%!f(" + GoValues.print(v) + ")");
                case 'x' -> sb.append(v instanceof Number n ? Long.toHexString(n.longValue())
                        : java.util.HexFormat.of().formatHex(GoValues.print(v).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                default -> sb.append(GoValues.print(v));
            }
        }
        return sb.toString();
    }
}
