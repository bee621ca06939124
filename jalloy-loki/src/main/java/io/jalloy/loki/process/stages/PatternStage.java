package io.jalloy.loki.process.stages;

import io.jalloy.common.labels.LabelNames;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code stage.pattern}: Loki's pattern parser. {@code <name>} captures up to the literal text
 * that follows it (or the end of the line), {@code <_>} skips; literals must appear in order.
 */
final class PatternStage extends EntryStage {
    private final String[] literals; // literal before capture i; last element is the trailing literal
    private final String[] names;    // capture names; "_" skips
    private final String source;
    private final boolean labelsFromGroups;
    private final String[] values;

    PatternStage(PatternConfig c) throws StageException {
        if (c.pattern() == null || c.pattern().isEmpty()) {
            throw new StageException("pattern is required");
        }
        if (c.source() != null && c.source().isEmpty()) {
            throw new StageException("empty source");
        }
        List<String> lits = new ArrayList<>();
        List<String> caps = new ArrayList<>();
        String p = c.pattern();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        boolean named = false;
        while (i < p.length()) {
            int close = p.charAt(i) == '<' ? p.indexOf('>', i) : -1;
            String name = close > i ? p.substring(i + 1, close) : null;
            if (name != null && (name.equals("_") || LabelNames.isValidLegacy(name))) {
                if (!caps.isEmpty() && lit.isEmpty()) {
                    throw new StageException("failed to parse pattern: found consecutive capture '" + name
                            + "': syntax error");
                }
                lits.add(lit.toString());
                lit.setLength(0);
                caps.add(name);
                named |= !name.equals("_");
                i = close + 1;
            } else {
                lit.append(p.charAt(i++));
            }
        }
        lits.add(lit.toString());
        if (!named) {
            throw new StageException("failed to parse pattern: at least one capture is required");
        }
        literals = lits.toArray(new String[0]);
        names = caps.toArray(new String[0]);
        values = new String[names.length];
        source = c.source();
        labelsFromGroups = c.labelsFromGroups();
    }

    @Override
    protected boolean apply(EntryState e) {
        String input = e.input(source);
        if (input == null) {
            return true;
        }
        int pos = 0;
        if (!literals[0].isEmpty()) {
            if (!input.startsWith(literals[0])) {
                return true;
            }
            pos = literals[0].length();
        }
        for (int i = 0; i < names.length; i++) {
            String next = literals[i + 1];
            int end;
            if (next.isEmpty()) {
                end = input.length();
            } else {
                end = input.indexOf(next, pos);
                if (end < 0) {
                    return true;
                }
            }
            values[i] = input.substring(pos, end);
            pos = end + next.length();
        }
        for (int i = 0; i < names.length; i++) {
            if (!names[i].equals("_")) {
                e.extracted.put(names[i], values[i]);
                if (labelsFromGroups) {
                    e.labels.set(names[i], values[i]);
                }
            }
        }
        return true;
    }
}
