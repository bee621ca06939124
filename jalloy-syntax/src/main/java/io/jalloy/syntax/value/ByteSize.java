package io.jalloy.syntax.value;

/**
 * A count of bytes written with base-2 units, as Alloy's byte-size attributes take them
 * ({@code "10MiB"}, {@code "8KB"}, {@code "1GiB512MiB"}; KB and KiB both mean 1024). Decodes from
 * a string; encodes back to the compound form.
 */
public record ByteSize(long bytes) {
    private static final String[] PREFIXES = {"E", "P", "T", "G", "M", "K"};

    /** Parses a size such as {@code 1.5MiB} or {@code 512B}; a bare {@code 0} is zero. */
    public static ByteSize parse(String text) throws ValueException {
        String s = text;
        int i = 0;
        int n = s.length();
        boolean neg = false;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            i++;
        }
        if (s.substring(i).equals("0")) {
            return new ByteSize(0);
        }
        if (i == n) {
            throw new ValueException("units: invalid " + text);
        }
        double total = 0;
        while (i < n) {
            int numStart = i;
            while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            if (numStart == i) {
                throw new ValueException("units: invalid " + text);
            }
            double v;
            try {
                v = Double.parseDouble(s.substring(numStart, i));
            } catch (NumberFormatException e) {
                throw new ValueException("units: invalid " + text);
            }
            int unitStart = i;
            while (i < n && !isDigit(s.charAt(i)) && s.charAt(i) != '.') {
                i++;
            }
            if (unitStart == i) {
                throw new ValueException("units: missing unit in " + text);
            }
            String unit = s.substring(unitStart, i);
            long mult = multiplier(unit);
            if (mult == 0) {
                throw new ValueException("units: unknown unit " + unit + " in " + text);
            }
            total += v * mult;
        }
        if (total >= 0x1p63) {
            throw new ValueException("units: invalid " + text);
        }
        long bytes = (long) total;
        return new ByteSize(neg ? -bytes : bytes);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static long multiplier(String unit) {
        if (unit.equals("B")) {
            return 1;
        }
        long mult = 1;
        for (int p = PREFIXES.length - 1; p >= 0; p--) {
            mult *= 1024;
            String prefix = PREFIXES[p];
            if (unit.equals(prefix + "B") || unit.equals(prefix + "iB")) {
                return mult;
            }
        }
        return 0;
    }

    /** The compound base-2 rendering, largest unit first: {@code 1GiB512MiB}, {@code 0B}. */
    public String format() {
        if (bytes == 0) {
            return "0B";
        }
        StringBuilder sb = new StringBuilder();
        long rest = bytes;
        if (rest < 0) {
            sb.append('-');
            rest = -rest;
        }
        long mult = 1L << 60;
        for (String prefix : PREFIXES) {
            if (rest >= mult) {
                sb.append(rest / mult).append(prefix).append("iB");
                rest %= mult;
            }
            mult >>= 10;
        }
        if (rest > 0) {
            sb.append(rest).append('B');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
