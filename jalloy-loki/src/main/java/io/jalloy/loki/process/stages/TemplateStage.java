package io.jalloy.loki.process.stages;

import io.jalloy.loki.process.internal.template.Template;
import io.jalloy.loki.process.internal.template.TemplateException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code stage.template}: sets extracted value {@code source} from a Go template over the
 * extracted values ({@code .Value} is the source's own value, {@code .Entry} the line). An empty
 * result removes the key, as in Alloy.
 */
final class TemplateStage extends EntryStage {
    private final String source;
    private final Template template;
    private final StageContext ctx;
    private final Map<String, Object> data = new HashMap<>();
    private final StringBuilder sb = new StringBuilder();

    TemplateStage(TemplateConfig c, StageContext ctx) throws StageException {
        if (c.source() == null || c.source().isEmpty()) {
            throw new StageException("template source value is required");
        }
        source = c.source();
        template = Templates.compile(c.template());
        this.ctx = ctx;
    }

    @Override
    protected boolean apply(EntryState e) {
        Templates.fill(data, e.extracted);
        if (e.extracted.get(source) != null) {
            data.put("Value", Values.asString(e.extracted.get(source)));
        }
        data.put("Entry", e.line);
        sb.setLength(0);
        try {
            template.execute(data, sb);
        } catch (TemplateException ex) {
            ctx.debug("failed to execute template: " + ex.getMessage());
            return true;
        }
        if (sb.isEmpty()) {
            e.extracted.remove(source);
        } else {
            e.extracted.put(source, sb.toString());
        }
        return true;
    }
}
