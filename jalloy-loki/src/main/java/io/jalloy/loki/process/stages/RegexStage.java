package io.jalloy.loki.process.stages;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.jalloy.common.labels.LabelNames;
import java.util.Map;

/** {@code stage.regex}: named groups of the first match become extracted values (and labels, if asked). */
final class RegexStage extends EntryStage {
    private final Matcher matcher;
    private final String[] names;
    private final int[] groups;
    private final String source;
    private final boolean labelsFromGroups;

    RegexStage(RegexConfig c) throws StageException {
        if (c.expression() == null || c.expression().isEmpty()) {
            throw new StageException("expression is required");
        }
        if (c.source() != null && c.source().isEmpty()) {
            throw new StageException("empty source");
        }
        Pattern p = Regexes.compile(c.expression(), "could not compile regular expression");
        Map<String, Integer> named = p.namedGroups();
        names = named.keySet().toArray(new String[0]);
        groups = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            groups[i] = named.get(names[i]);
        }
        matcher = p.matcher("");
        source = c.source();
        labelsFromGroups = c.labelsFromGroups();
    }

    @Override
    protected boolean apply(EntryState e) {
        String input = e.input(source);
        if (input == null) {
            return true;
        }
        Matcher m = matcher.reset(input);
        if (!m.find()) {
            return true;
        }
        for (int i = 0; i < names.length; i++) {
            String g = m.group(groups[i]);
            String v = g == null ? "" : g;
            e.extracted.put(names[i], v);
            if (labelsFromGroups && LabelNames.isValidLegacy(names[i])) {
                e.labels.set(names[i], v);
            }
        }
        return true;
    }
}
