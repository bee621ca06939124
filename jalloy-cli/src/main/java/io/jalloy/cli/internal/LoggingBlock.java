package io.jalloy.cli.internal;

import io.jalloy.runtime.controller.Source;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.parser.ParseResult;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.stdlib.Stdlib;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.util.function.Function;
import java.util.logging.Level;

/**
 * Reads the top-level {@code logging} block of a config: {@code level} and {@code format},
 * evaluated with the standard library and {@code sys.env} (the controller keeps the block in its
 * graph but gives it no behaviour, so the CLI applies it). {@code write_to} is ignored for now.
 */
public final class LoggingBlock {
    private LoggingBlock() {}

    /** The settings of {@code source}'s logging block, Alloy's defaults without one. */
    public static LogSettings settings(Source source, Function<String, String> env) throws Diagnostics {
        Scope scope = Scope.root(Stdlib.globals(env));
        for (SourceFile sf : source.files()) {
            ParseResult parsed = Parser.parse(sf);
            if (parsed.diagnostics().hasErrors()) {
                throw parsed.diagnostics();
            }
            for (Stmt stmt : parsed.file().body()) {
                if (stmt instanceof BlockStmt b && b.fullName().equals("logging") && b.label() == null) {
                    return read(sf, b, scope);
                }
            }
        }
        return LogSettings.DEFAULTS;
    }

    private static LogSettings read(SourceFile sf, BlockStmt block, Scope scope) throws Diagnostics {
        Evaluator eval = new Evaluator(sf);
        Level level = LogSettings.DEFAULTS.level();
        LogFormat format = LogSettings.DEFAULTS.format();
        for (Stmt stmt : block.body()) {
            if (!(stmt instanceof AttributeStmt a)) {
                continue;
            }
            String name = a.name().name();
            if (!name.equals("level") && !name.equals("format")) {
                continue;
            }
            Value v = eval.evaluate(a.value(), scope);
            if (!(v instanceof StringValue(String text))) {
                throw fail(sf, a, "expected string, got " + v.type());
            }
            try {
                if (name.equals("level")) {
                    level = LogSettings.level(text);
                } else {
                    format = LogFormat.parse(text);
                }
            } catch (IllegalArgumentException e) {
                throw fail(sf, a, e.getMessage());
            }
        }
        return new LogSettings(level, format);
    }

    private static Diagnostics fail(SourceFile sf, AttributeStmt a, String message) {
        return Diagnostics.of(Diagnostic.error(sf.position(a.value().start()), sf.position(a.value().end() - 1), message));
    }
}
