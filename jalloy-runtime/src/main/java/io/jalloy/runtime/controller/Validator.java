package io.jalloy.runtime.controller;

import io.jalloy.runtime.controller.internal.check.Checker;
import io.jalloy.syntax.diag.Diagnostics;

/**
 * {@code alloy validate}: everything short of running a config. Parses every file, then checks
 * block structure, component names and stability, arguments against their schemas, literal value
 * types, references and cycles, reporting in Alloy's order with Alloy's texts. Stateless and
 * thread-safe.
 */
public final class Validator {
    private Validator() {}

    /**
     * The diagnostics of {@code source}, empty when it is valid. Parse errors stop validation,
     * as in Alloy; warnings alone do not make a config invalid ({@link Diagnostics#hasErrors()}).
     */
    public static Diagnostics validate(Source source, ValidationOptions options) {
        return Checker.check(source, options);
    }
}
