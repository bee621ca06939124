package io.jalloy.common.labels;

import io.jalloy.syntax.scanner.Literals;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * An immutable set of label name/value pairs sorted by name: the identity of a series, a log
 * stream or a discovery target. Stored as a names array shared by every set with the same names
 * ({@link NameSets}) and a values array, so a set costs one object and one array of its own:
 * {@code 40 + 4n} bytes for {@code n} labels with compressed references and compact headers (80
 * for ten), plus the strings, which {@link LabelInterner} lets series share. The hash is computed
 * once, on first use.
 *
 * <p>Labels never hold an empty value: as in Prometheus, a label set to {@code ""} is the same as
 * an absent label, so constructors drop such pairs. Instances are immutable and safe to share
 * between threads; build them with {@link Builder} (one per thread, reusable).
 */
public final class Labels implements Comparable<Labels> {

    /** The set with no labels. */
    public static final Labels EMPTY = new Labels(new String[0], new String[0]);

    // Sorted, unique names and their non-empty values. The names array is shared by every set
    // with the same names (NameSets), so a series pays for its values array only.
    private final String[] names;
    private final String[] values;
    private int hash; // 0 until computed; benign race as in String.hashCode

    private Labels(String[] names, String[] values) {
        this.names = names;
        this.values = values;
    }

    // Takes alternating names and values already sorted, deduplicated and free of empty values.
    private static Labels ofSortedPairs(String[] pairs) {
        int n = pairs.length >> 1;
        if (n == 0) {
            return EMPTY;
        }
        String[] ns = new String[n];
        String[] vs = new String[n];
        for (int i = 0; i < n; i++) {
            ns[i] = pairs[i << 1];
            vs[i] = pairs[(i << 1) + 1];
        }
        return new Labels(NameSets.canonical(ns), vs);
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
        return values.length;
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    /** The name of the {@code i}th label in name order. */
    public String name(int i) {
        return names[i];
    }

    /** The value of the {@code i}th label in name order. */
    public String value(int i) {
        return values[i];
    }

    /** The value of label {@code name}, or {@code ""} when absent (Prometheus's convention). */
    public String get(String name) {
        int i = indexOf(name);
        return i < 0 ? "" : values[i];
    }

    /** Whether label {@code name} is present. */
    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** The position of {@code name} in name order, or a negative number when absent. */
    public int indexOf(String name) {
        String[] p = names;
        int n = p.length;
        if (n <= 8) {
            for (int i = 0; i < n; i++) {
                String candidate = p[i];
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
            int cmp = p[mid].compareTo(name);
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
        String[] ns = names;
        String[] vs = values;
        for (int i = 0; i < ns.length; i++) {
            action.accept(ns[i], vs[i]);
        }
    }

    /** Whether any label name starts with {@code __}. */
    public boolean hasReserved() {
        for (String n : names) {
            if (LabelNames.isReserved(n)) {
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
        int kept = 0;
        for (String n : names) {
            if (!LabelNames.isReserved(n)) {
                kept += 2;
            }
        }
        String[] out = new String[kept];
        int j = 0;
        for (int i = 0; i < names.length; i++) {
            if (!LabelNames.isReserved(names[i])) {
                out[j++] = names[i];
                out[j++] = values[i];
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
            // The hash of the alternating names and values (as when they were one array).
            h = 1;
            for (int i = 0; i < names.length; i++) {
                h = 31 * h + names[i].hashCode();
                h = 31 * h + values[i].hashCode();
            }
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
        if (!(o instanceof Labels other) || other.values.length != values.length) {
            return false;
        }
        int h1 = hash;
        int h2 = other.hash;
        if (h1 != 0 && h2 != 0 && h1 != h2) {
            return false;
        }
        // Values differ more often than names; shared name arrays compare by identity.
        String[] a = values;
        String[] b = other.values;
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] != b[i] && !a[i].equals(b[i])) {
                return false;
            }
        }
        return names == other.names || Arrays.equals(names, other.names);
    }

    /** Orders by names and values pairwise, as Prometheus's {@code labels.Compare}. */
    @Override
    public int compareTo(Labels o) {
        int n = Math.min(values.length, o.values.length);
        for (int i = 0; i < n; i++) {
            int c = names[i].compareTo(o.names[i]);
            if (c == 0) {
                c = values[i].compareTo(o.values[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(values.length, o.values.length);
    }

    /** Prometheus's notation: {@code {job="api", env="prod"}}, values Go-quoted. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(16 + values.length * 24).append('{');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(names[i]).append('=');
            Literals.appendQuoted(sb, values[i]);
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
            if (b >= 0 && base.values[b].equals(value)) {
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
            for (String n : base.names) {
                if (!contains(names, n)) {
                    del(n);
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
            String[] bn = base.names;
            String[] bv = base.values;
            int bl = bn.length;
            String[] out = new String[2 * bl + addLen - 2 * delLen];
            int o = 0;
            int i = 0;
            int a = 0;
            int d = 0;
            while (i < bl || a < addLen) {
                int cmp = i >= bl ? 1 : a >= addLen ? -1 : bn[i].compareTo(add[a]);
                if (cmp < 0) {
                    if (d < delLen && del[d].equals(bn[i])) {
                        d++;
                    } else {
                        out[o++] = bn[i];
                        out[o++] = bv[i];
                    }
                    i++;
                } else {
                    out[o++] = add[a];
                    out[o++] = add[a + 1];
                    a += 2;
                    if (cmp == 0) {
                        i++; // the added value replaces the base one
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
