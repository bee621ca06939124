package io.jalloy.loki.process.stages;

import io.jalloy.loki.process.internal.template.Template;
import io.jalloy.loki.process.internal.template.TemplateException;
import java.util.Map;

/** Template compilation and data for the {@code template} and {@code replace} stages. */
final class Templates {
    private Templates() {}

    static Template compile(String text) throws StageException {
        try {
            return Template.parse(text);
        } catch (TemplateException e) {
            throw new StageException(e.getMessage().replace("template: :1:", "template: pipeline_template:1:"));
        }
    }

    /** Fills {@code data} with the extracted values as strings, as Alloy hands them to templates. */
    static void fill(Map<String, Object> data, Map<String, Object> extracted) {
        data.clear();
        for (Map.Entry<String, Object> e : extracted.entrySet()) {
            if (e.getValue() != null) { // Alloy cannot convert a JSON null and leaves it out
                data.put(e.getKey(), Values.asString(e.getValue()));
            }
        }
    }
}
