package io.jalloy.loki.process.internal.template;

import java.util.List;

/** A template function: Alloy's own, Go's built-ins, or one of sprig's. */
@FunctionalInterface
interface Fn {
    Object call(List<Object> args) throws TemplateException;
}
