package io.jalloy.loki.process.stages;

import com.fasterxml.jackson.databind.JsonNode;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPath;
import io.burt.jmespath.jackson.JacksonRuntime;
import io.jalloy.loki.process.internal.GoJson;
import java.util.Map;

/** {@code stage.json}: JMESPath expressions over the line (or an extracted value) parsed as a JSON object. */
final class JsonStage extends EntryStage {
    private static final JmesPath<JsonNode> JMESPATH = new JacksonRuntime();

    private final String[] names;
    private final Expression<JsonNode>[] expressions;
    private final String source;
    private final boolean dropMalformed;
    private final StageContext ctx;

    @SuppressWarnings("unchecked")
    JsonStage(JsonConfig c, StageContext ctx) throws StageException {
        if (c.expressions() == null || c.expressions().isEmpty()) {
            throw new StageException("JMES expression is required");
        }
        if (c.source() != null && c.source().isEmpty()) {
            throw new StageException("empty source");
        }
        names = new String[c.expressions().size()];
        expressions = new Expression[names.length];
        int i = 0;
        for (Map.Entry<String, String> e : c.expressions().entrySet()) {
            String jmes = e.getValue().isEmpty() ? e.getKey() : e.getValue();
            try {
                expressions[i] = JMESPATH.compile(jmes);
            } catch (RuntimeException ex) {
                throw new StageException("could not compile JMES expression: " + ex.getMessage());
            }
            names[i++] = e.getKey();
        }
        this.source = c.source();
        this.dropMalformed = c.dropMalformed();
        this.ctx = ctx;
    }

    @Override
    protected boolean apply(EntryState e) {
        String input = e.input(source);
        if (input == null) {
            return true;
        }
        JsonNode data = GoJson.parse(input);
        if (data == null || !data.isObject()) {
            ctx.debug("failed to unmarshal log line");
            return !dropMalformed;
        }
        for (int i = 0; i < names.length; i++) {
            JsonNode r;
            try {
                r = expressions[i].search(data);
            } catch (RuntimeException ex) {
                continue;
            }
            e.extracted.put(names[i], toExtracted(r));
        }
        return true;
    }

    static Object toExtracted(JsonNode r) {
        if (r == null || r.isNull() || r.isMissingNode()) {
            return null;
        }
        if (r.isNumber()) {
            return r.doubleValue();
        }
        if (r.isTextual()) {
            return r.textValue();
        }
        if (r.isBoolean()) {
            return r.booleanValue();
        }
        return GoJson.marshal(r);
    }
}
