package io.jalloy.common.relabel;

import io.jalloy.common.labels.Labels;
import io.jalloy.syntax.decode.ValueCodec;
import io.jalloy.syntax.value.Capsule;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.value.ValueType;
import java.util.List;

/**
 * An ordered list of relabeling rules compiled once, applied to label sets on the hot path
 * (Alloy's {@code relabel.Rules}, which components export as the capsule {@code rules} and take
 * as {@code relabel_rules}). Immutable and thread-safe; equal when the rules are.
 */
public final class RelabelRules implements Capsule {

    /** No rules: every label set passes unchanged. */
    public static final RelabelRules EMPTY = new RelabelRules(List.of());

    private static final ThreadLocal<Labels.Builder> BUILDERS = ThreadLocal.withInitial(Labels.Builder::new);

    private final List<RelabelRule> rules;
    private final CompiledRule[] compiled;

    private RelabelRules(List<RelabelRule> rules) {
        this.rules = List.copyOf(rules);
        this.compiled = this.rules.stream().map(CompiledRule::new).toArray(CompiledRule[]::new);
    }

    /** Compiles decoded (hence validated) rules; null or empty gives {@link #EMPTY}. */
    public static RelabelRules compile(List<RelabelRule> rules) {
        return rules == null || rules.isEmpty() ? EMPTY : new RelabelRules(rules);
    }

    /** The rules as configured. */
    public List<RelabelRule> rules() {
        return rules;
    }

    public boolean isEmpty() {
        return compiled.length == 0;
    }

    /**
     * Applies the rules in order and returns the result, or null when a rule drops the set. When
     * no rule changes anything the input instance itself is returned and nothing is allocated
     * (beyond what a rule's regex engine needs). Uses a per-thread builder.
     */
    public Labels process(Labels in) {
        if (compiled.length == 0) {
            return in;
        }
        Labels.Builder b = BUILDERS.get();
        Labels out = process(in, b);
        b.reset(Labels.EMPTY); // let the input be collected
        return out;
    }

    /** As {@link #process(Labels)} with the caller's builder, which is reset to {@code in} first. */
    public Labels process(Labels in, Labels.Builder scratch) {
        scratch.reset(in);
        return processBuilder(scratch) ? scratch.build() : null;
    }

    /**
     * Applies the rules to the labels already in {@code b} (Alloy's {@code ProcessBuilder}), for
     * callers that add labels before relabeling. False when a rule drops the set; {@code b} then
     * holds partial changes.
     */
    public boolean processBuilder(Labels.Builder b) {
        for (CompiledRule r : compiled) {
            if (!r.apply(b)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How the decoder reads an attribute such as {@code relabel_rules}: only a capsule holding
     * rules, reported with Alloy's capsule type name otherwise.
     */
    public static ValueCodec<RelabelRules> alloyCodec() {
        return new ValueCodec<>() {
            @Override
            public ValueType alloyType() {
                return ValueType.CAPSULE;
            }

            @Override
            public RelabelRules decode(Value value) throws ValueException {
                if (value instanceof CapsuleValue c && c.value() instanceof RelabelRules r) {
                    return r;
                }
                String got = value instanceof CapsuleValue c ? "capsule(\"" + c.typeName() + "\")" : value.type().toString();
                throw new ValueException("expected capsule(\"relabel.Rules\"), got " + got);
            }

            @Override
            public Value encode(RelabelRules value) {
                return new CapsuleValue(value);
            }
        };
    }

    @Override
    public String capsuleTypeName() {
        return "relabel.Rules";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RelabelRules r && r.rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    @Override
    public String toString() {
        return "relabel.Rules(" + rules.size() + " rules)";
    }
}
