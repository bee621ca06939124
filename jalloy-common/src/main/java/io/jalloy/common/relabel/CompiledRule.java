package io.jalloy.common.relabel;

import io.jalloy.common.labels.LabelNames;
import io.jalloy.common.labels.Labels;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One rule ready to run: source labels as an array, templates parsed. Immutable; {@link #apply}
 * may run on many threads at once, each with its own builder.
 */
final class CompiledRule {
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no MD5", e);
        }
    });

    private final Action action;
    private final String[] sources;
    private final String separator;
    private final long modulus;
    private final RelabelRegex regex;
    private final String targetLabel;
    private final Template target;
    private final Template replacement;

    CompiledRule(RelabelRule rule) {
        this.action = rule.action();
        this.modulus = rule.modulus();
        this.sources = rule.sourceLabelsOrEmpty().toArray(String[]::new);
        this.separator = rule.separator();
        this.regex = rule.regex();
        this.targetLabel = rule.targetLabel();
        this.target = Template.parse(rule.targetLabel(), regex);
        this.replacement = Template.parse(rule.replacement(), regex);
    }

    /** Applies the rule to the labels in {@code b}; false when the labels are to be dropped. */
    boolean apply(Labels.Builder b) {
        switch (action) {
            case DROP -> {
                return !regex.matches(sourceValue(b));
            }
            case KEEP -> {
                return regex.matches(sourceValue(b));
            }
            case DROPEQUAL -> {
                return !b.get(targetLabel).equals(sourceValue(b));
            }
            case KEEPEQUAL -> {
                return b.get(targetLabel).equals(sourceValue(b));
            }
            case REPLACE -> replace(b, sourceValue(b));
            case LOWERCASE -> b.set(targetLabel, GoCase.lower(sourceValue(b)));
            case UPPERCASE -> b.set(targetLabel, GoCase.upper(sourceValue(b)));
            case HASHMOD -> b.set(targetLabel, Long.toUnsignedString(Long.remainderUnsigned(hash(sourceValue(b)), modulus)));
            case LABELMAP, LABELDROP, LABELKEEP -> eachName(b);
        }
        return true;
    }

    private void replace(Labels.Builder b, String value) {
        String name;
        String res;
        if (regex.isDefault()) {
            name = target.expandWhole(value);
            res = name.isEmpty() ? "" : replacement.expandWhole(value);
        } else if (target.isConstant() && replacement.isConstant()) {
            if (!regex.matches(value)) {
                return;
            }
            name = target.text();
            res = replacement.text();
        } else {
            int[] spans = regex.match(value);
            if (spans == null) {
                return;
            }
            name = target.expand(value, spans);
            res = replacement.expand(value, spans);
        }
        if (!LabelNames.isValid(name)) {
            return;
        }
        if (res.isEmpty()) {
            b.del(name);
        } else {
            b.set(name, res);
        }
    }

    // Walks the labels as they are when the rule starts; changes apply to the builder.
    private void eachName(Labels.Builder b) {
        Labels current = b.build();
        b.reset(current);
        for (int i = 0, n = current.size(); i < n; i++) {
            String name = current.name(i);
            switch (action) {
                case LABELDROP -> {
                    if (regex.matches(name)) {
                        b.del(name);
                    }
                }
                case LABELKEEP -> {
                    if (!regex.matches(name)) {
                        b.del(name);
                    }
                }
                default -> {
                    int[] spans = regex.match(name);
                    if (spans != null) {
                        String mapped = replacement.expand(name, spans);
                        if (!mapped.isEmpty()) {
                            b.set(mapped, current.value(i));
                        }
                    }
                }
            }
        }
    }

    private String sourceValue(Labels.Builder b) {
        String[] s = sources;
        switch (s.length) {
            case 0 -> {
                return "";
            }
            case 1 -> {
                return b.get(s[0]);
            }
            default -> {
                StringBuilder sb = new StringBuilder(64);
                for (int i = 0; i < s.length; i++) {
                    if (i > 0) {
                        sb.append(separator);
                    }
                    sb.append(b.get(s[i]));
                }
                return sb.toString();
            }
        }
    }

    /** Prometheus's hashmod hash: the last 8 bytes of the value's MD5, big-endian, unsigned. */
    static long hash(String value) {
        MessageDigest md = MD5.get();
        byte[] d = md.digest(value.getBytes(StandardCharsets.UTF_8));
        long h = 0;
        for (int i = 8; i < 16; i++) {
            h = (h << 8) | (d[i] & 0xFF);
        }
        return h;
    }
}
