package io.jalloy.cli.internal;

import io.jalloy.runtime.controller.Source;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.stdlib.Stdlib;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Scope;
import java.util.function.Function;
import java.util.logging.Level;

/**
 * Reads the top-level {@code logging} block of a config: {@code level} and {@code format},
 * evaluated with the standard library and {@code sys.env}. {@code write_to} is ignored for now.
 */
public final class LoggingBlock {
    private LoggingBlock() {}

    /** The settings of {@code source}'s logging block, Alloy's defaults without one. */
    public static LogSettings settings(Source source, Function<String, String> env) throws Diagnostics {
        ServiceBlock block = ServiceBlock.find(source, "logging");
        if (block == null) {
            return LogSettings.DEFAULTS;
        }
        Scope scope = Scope.root(Stdlib.globals(env));
        Level level = LogSettings.DEFAULTS.level();
        LogFormat format = LogSettings.DEFAULTS.format();
        try {
            String text = text(block, "level", scope);
            if (text != null) {
                level = LogSettings.level(text);
            }
        } catch (IllegalArgumentException e) {
            throw block.error("level", e.getMessage());
        }
        try {
            String text = text(block, "format", scope);
            if (text != null) {
                format = LogFormat.parse(text);
            }
        } catch (IllegalArgumentException e) {
            throw block.error("format", e.getMessage());
        }
        return new LogSettings(level, format);
    }

    private static String text(ServiceBlock block, String name, Scope scope) throws Diagnostics {
        Value v = block.attribute(name, scope);
        if (v == null) {
            return null;
        }
        if (!(v instanceof StringValue(String s))) {
            throw block.error(name, "expected string, got " + v.type());
        }
        return s;
    }
}
