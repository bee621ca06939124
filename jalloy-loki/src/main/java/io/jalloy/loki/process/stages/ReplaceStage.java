package io.jalloy.loki.process.stages;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.jalloy.loki.process.internal.template.Template;
import io.jalloy.loki.process.internal.template.TemplateException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code stage.replace}: every capture group of every match is replaced by the {@code replace}
 * template (with {@code .Value} the captured text); named groups also store their replaced text
 * in the extracted map. The result replaces the line, or the {@code source} value.
 */
final class ReplaceStage extends EntryStage {
    private final Matcher matcher;
    private final String[] groupNames; // index = group number; null when unnamed
    private final String source;
    private final Template replace;
    private final StageContext ctx;
    private final Map<String, Object> data = new HashMap<>();
    private final Map<String, String> captured = new HashMap<>();
    private final StringBuilder sb = new StringBuilder();

    ReplaceStage(ReplaceConfig c, StageContext ctx) throws StageException {
        if (c.expression() == null || c.expression().isEmpty()) {
            throw new StageException("expression is required");
        }
        if (c.source() != null && c.source().isEmpty()) {
            throw new StageException("empty source");
        }
        Pattern p = Regexes.compile(c.expression(), "could not compile regular expression");
        groupNames = new String[p.groupCount() + 1];
        p.namedGroups().forEach((name, idx) -> groupNames[idx] = name);
        matcher = p.matcher("");
        source = c.source();
        replace = Templates.compile(c.replace() == null ? "" : c.replace());
        this.ctx = ctx;
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
        Templates.fill(data, e.extracted);
        captured.clear();
        sb.setLength(0);
        int prev = 0;
        try {
            do {
                for (int g = 1; g < groupNames.length; g++) {
                    int start = m.start(g);
                    if (start < 0 || start < prev) {
                        continue;
                    }
                    int end = m.end(g);
                    data.put("Value", input.substring(start, end));
                    String replaced = replace.execute(data);
                    if (groupNames[g] != null) {
                        captured.put(groupNames[g], replaced);
                    }
                    sb.append(input, prev, start).append(replaced);
                    prev = end;
                }
            } while (m.find());
        } catch (TemplateException ex) {
            ctx.debug("failed to execute template: " + ex.getMessage());
            return true;
        }
        sb.append(input, prev, input.length());
        if (source == null) {
            e.line = sb.toString();
        } else {
            e.extracted.put(source, sb.toString());
        }
        e.extracted.putAll(captured);
        return true;
    }
}
