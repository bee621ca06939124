package io.jalloy.loki.process.stages;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.jalloy.loki.process.internal.GoJson;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code stage.split_json}: a line (or {@code source} value) holding a JSON array becomes one
 * entry per element, each with the element's own text as its line and a copy of the extracted
 * values. Anything else passes unchanged.
 */
final class SplitJsonStage implements Stage {
    private final String source;
    private final StageContext ctx;
    private Next downstream;

    SplitJsonStage(SplitJsonConfig c, StageContext ctx) throws StageException {
        if (c.source() != null && c.source().isEmpty()) {
            throw new StageException("empty split_json stage source");
        }
        source = c.source();
        this.ctx = ctx;
    }

    @Override
    public Next bind(Next next) {
        downstream = next;
        return this::process;
    }

    private void process(EntryState e) {
        String input = e.input(source);
        if (input == null) {
            downstream.accept(e);
            return;
        }
        List<String> elements = elements(input);
        if (elements == null) {
            downstream.accept(e);
            return;
        }
        EntryState template = elements.size() > 1 ? e.copy() : e;
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                e.assign(template);
            }
            e.line = elements.get(i);
            downstream.accept(e);
        }
    }

    // The raw text of each top-level array element, or null when the input is not an array.
    private List<String> elements(String input) {
        try (JsonParser p = GoJson.MAPPER.createParser(input)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            List<String> out = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                int start = (int) p.currentTokenLocation().getCharOffset();
                p.skipChildren();
                p.finishToken();
                int end = (int) p.currentLocation().getCharOffset();
                out.add(input.substring(start, end));
            }
            return out;
        } catch (Exception ex) {
            ctx.debug("split_json: not a JSON array: " + ex.getMessage());
            return null;
        }
    }
}
