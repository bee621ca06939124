package io.jalloy.loki.process.internal.template;

/** A template that does not parse, or whose execution fails. */
public final class TemplateException extends Exception {
    public TemplateException(String message) {
        super(message);
    }
}
