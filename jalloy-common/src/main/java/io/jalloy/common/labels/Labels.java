package io.jalloy.common.labels;

import io.jalloy.syntax.scanner.Literals;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * An immutable set of label name/value pairs sorted by name: the identity of a series, a log
 * stream or a discovery target. Stored as one array of alternating names and values so that a
 * set costs one object and one array: {@code 40 + 8n} bytes for {@code n} labels with compressed
 * references (120 bytes for ten), plus the strings, which {@link LabelInterner} lets series share.
 * The hash is computed once, on first use.
 *
 * <p>Labels never hold an empty value: as in Prometheus, a label set to {@code ""} is the same as
 * an absent label, so constructors drop such pairs. Instances are immutable and safe to share
 * between threads; build them with {@link Builder} (one per thread, reusable).
 */
public final class Labels implements Comparable<Labels> {

    /** The set with no labels. */
    public static final Labels EMPTY = new Labels(new String[0]);

    // name0, value0, name1, value1, ... sorted by name, names unique, values non-empty.
    private final String[] pairs;
    private int hash; // 0 until computed; benign race as in String.hashCode

    private Labels(String[] pairs) {
        this.pairs = pairs;
    }

    // Wraps an array already sorted, deduplicated and free of empty values, owned by the result.
    private static Labels ofSortedPairs(String[] pairs) {
        return pairs.length == 0 ? EMPTY : new Labels(pairs);
    }

    /**
     * Labels from alternating names and values in any order ({@code of("job", "api", "env",
     * "prod")}). A later duplicate name wins; empty values are dropped.
     */
    public static Labels of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("odd number of names and values: " + namesAndValues.length);
        }
        Builder b = new Builder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            b.set(namesAndValues[i], namesAndValues[i + 1]);
        }
        return b.build();
    }

    /** Labels from a map; empty values are dropped. */
    public static Labels fromMap(Map<String, String> map) {
        Builder b = new Builder();
        map.forEach(b::set);
        return b.build();
    }

    /** The number of labels. */
    public int size() {
        return pairs.length >> 1;
    }

    public boolean isEmpty() {
        return pairs.length == 0;
    }

    /** The name of the {@code i}th label in name order. */
    public String name(int i) {
        return pairs[i << 1];
    }

    /** The value of the {@code i}th label in name order. */
    public String value(int i) {
        return pairs[(i << 1) + 1];
    }

    /** The value of label {@code name}, or {@code ""} when absent (Prometheus's convention). */
    public String get(String name) {
        int i = indexOf(name);
        return i < 0 ? "" : pairs[(i << 1) + 1];
    }

    /** Whether label {@code name} is present. */
    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** The position of {@code name} in name order, or a negative number when absent. */
    public int indexOf(String name) {
        String[] p = pairs;
        int n = p.length >> 1;
        if (n <= 8) {
            for (int i = 0; i < n; i++) {
                String candidate = p[i << 1];
                if (candidate == name || candidate.equals(name)) {
                    return i;
                }
            }
            return -1;
        }
        int lo = 0;
        int hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = p[mid << 1].compareTo(name);
            if (cmp < 0) {
                lo = mid + 1;
            } else if (cmp > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** Calls {@code action} with each name and value in name order, allocating nothing. */
    public void forEach(BiConsumer<String, String> action) {
        String[] p = pairs;
        for (int i = 0; i < p.length; i += 2) {
            action.accept(p[i], p[i + 1]);
        }
    }

    /** Whether any label name starts with {@code __}. */
    public boolean hasReserved() {
        String[] p = pairs;
        for (int i = 0; i < p.length; i += 2) {
            if (LabelNames.isReserved(p[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * These labels without the reserved ones (names starting with {@code __}), as relabeling
     * callers do once the rules have run; this instance when there are none.
     */
    public Labels withoutReserved() {
        if (!hasReserved()) {
            return this;
        }
        String[] p = pairs;
        int kept = 0;
        for (int i = 0; i < p.length; i += 2) {
            if (!LabelNames.isReserved(p[i])) {
                kept += 2;
            }
        }
        String[] out = new String[kept];
        int j = 0;
        for (int i = 0; i < p.length; i += 2) {
            if (!LabelNames.isReserved(p[i])) {
                out[j++] = p[i];
                out[j++] = p[i + 1];
            }
        }
        return ofSortedPairs(out);
    }

    /** A builder starting from these labels. */
    public Builder toBuilder() {
        return new Builder().reset(this);
    }

    /** A new sorted, unmodifiable map of the labels (for tests and cold paths). */
    public Map<String, String> toMap() {
        Map<String, String> m = new TreeMap<>();
        forEach(m::put);
        return Collections.unmodifiableMap(m);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(pairs);
            if (h == 0) {
                h = 1;
            }
            hash = h;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Labels other) || other.pairs.length != pairs.length) {
            return false;
        }
        int h1 = hash;
        int h2 = other.hash;
        if (h1 != 0 && h2 != 0 && h1 != h2) {
            return false;
        }
        String[] a = pairs;
        String[] b = other.pairs;
        // Values differ more often than names: compare from the end, where values sit.
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] != b[i] && !a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }

    /** Orders by names and values pairwise, as Prometheus's {@code labels.Compare}. */
    @Override
    public int compareTo(Labels o) {
        String[] a = pairs;
        String[] b = o.pairs;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int c = a[i].compareTo(b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    /** Prometheus's notation: {@code {job="api", env="prod"}}, values Go-quoted. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(16 + pairs.length * 12).append('{');
        for (int i = 0; i < pairs.length; i += 2) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(pairs[i]).append('=');
            Literals.appendQuoted(sb, pairs[i + 1]);
        }
        return sb.append('}').toString();
    }

    /**
     * Edits a label set: {@link #set}, {@link #del} and {@link #keep} record changes against a base
     * set, and {@link #build} applies them with one sort. A builder whose changes cancel out (or
     * that sets labels to the values they already have) builds the base instance itself, allocating
     * nothing. Reusable through {@link #reset}; owned by one thread at a time.
     */
    public static final class Builder {
        private Labels base = EMPTY;
        private String[] add = new String[16]; // name, value pairs, unsorted
        private int addLen; // used slots in add (twice the pairs)
        private String[] del = new String[8]; // names of base labels to remove
        private int delLen;

        /** An empty builder. */
        public Builder() {}

        /** Forgets all changes and starts again from {@code base}. */
        public Builder reset(Labels base) {
            this.base = base;
            Arrays.fill(add, 0, addLen, null);
            Arrays.fill(del, 0, delLen, null);
            addLen = 0;
            delLen = 0;
            return this;
        }

        /** The value label {@code name} has now, {@code ""} when absent. */
        public String get(String name) {
            int a = addIndex(name);
            if (a >= 0) {
                return add[a + 1];
            }
            if (delIndex(name) >= 0) {
                return "";
            }
            return base.get(name);
        }

        /** Sets label {@code name}; an empty value deletes it, as in Prometheus. */
        public Builder set(String name, String value) {
            if (value == null || value.isEmpty()) {
                return del(name);
            }
            int a = addIndex(name);
            if (a >= 0) {
                add[a + 1] = value;
                return this;
            }
            int d = delIndex(name);
            if (d >= 0) {
                removeDel(d);
            }
            int b = base.indexOf(name);
            if (b >= 0 && base.pairs[(b << 1) + 1].equals(value)) {
                return this; // unchanged: keep building the base instance
            }
            if (addLen == add.length) {
                add = Arrays.copyOf(add, addLen * 2);
            }
            add[addLen++] = name;
            add[addLen++] = value;
            return this;
        }

        /** Removes label {@code name} if present. */
        public Builder del(String name) {
            int a = addIndex(name);
            if (a >= 0) {
                removeAdd(a);
            }
            if (base.indexOf(name) >= 0 && delIndex(name) < 0) {
                if (delLen == del.length) {
                    del = Arrays.copyOf(del, delLen * 2);
                }
                del[delLen++] = name;
            }
            return this;
        }

        /** Removes every label whose name is not among {@code names}. */
        public Builder keep(String... names) {
            for (int i = addLen - 2; i >= 0; i -= 2) {
                if (!contains(names, add[i])) {
                    removeAdd(i);
                }
            }
            String[] p = base.pairs;
            for (int i = 0; i < p.length; i += 2) {
                if (!contains(names, p[i])) {
                    del(p[i]);
                }
            }
            return this;
        }

        /** Whether the changes so far would build a set different from the base. */
        public boolean changed() {
            return addLen != 0 || delLen != 0;
        }

        /** The edited labels; the base instance itself when nothing changed. */
        public Labels build() {
            if (addLen == 0 && delLen == 0) {
                return base;
            }
            sortPairs(add, addLen);
            Arrays.sort(del, 0, delLen);
            String[] p = base.pairs;
            String[] out = new String[p.length + addLen - 2 * delLen];
            int o = 0;
            int i = 0;
            int a = 0;
            int d = 0;
            while (i < p.length || a < addLen) {
                int cmp = i >= p.length ? 1 : a >= addLen ? -1 : p[i].compareTo(add[a]);
                if (cmp < 0) {
                    if (d < delLen && del[d].equals(p[i])) {
                        d++;
                    } else {
                        out[o++] = p[i];
                        out[o++] = p[i + 1];
                    }
                    i += 2;
                } else {
                    out[o++] = add[a];
                    out[o++] = add[a + 1];
                    a += 2;
                    if (cmp == 0) {
                        i += 2; // the added value replaces the base one
                    }
                }
            }
            if (o != out.length) {
                out = Arrays.copyOf(out, o);
            }
            return ofSortedPairs(out);
        }

        private int addIndex(String name) {
            String[] a = add;
            for (int i = 0; i < addLen; i += 2) {
                if (a[i] == name || a[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        private int delIndex(String name) {
            String[] d = del;
            for (int i = 0; i < delLen; i++) {
                if (d[i] == name || d[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        private void removeAdd(int i) {
            System.arraycopy(add, i + 2, add, i, addLen - i - 2);
            addLen -= 2;
            add[addLen] = null;
            add[addLen + 1] = null;
        }

        private void removeDel(int i) {
            System.arraycopy(del, i + 1, del, i, delLen - i - 1);
            del[--delLen] = null;
        }

        private static boolean contains(String[] names, String name) {
            for (String n : names) {
                if (n.equals(name)) {
                    return true;
                }
            }
            return false;
        }

        // Insertion sort by name: the changes of one relabeling are few.
        private static void sortPairs(String[] a, int len) {
            for (int i = 2; i < len; i += 2) {
                String n = a[i];
                String v = a[i + 1];
                int j = i - 2;
                while (j >= 0 && a[j].compareTo(n) > 0) {
                    a[j + 2] = a[j];
                    a[j + 3] = a[j + 1];
                    j -= 2;
                }
                a[j + 2] = n;
                a[j + 3] = v;
            }
        }
    }
}
