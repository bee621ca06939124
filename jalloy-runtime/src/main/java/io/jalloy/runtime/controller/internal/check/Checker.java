package io.jalloy.runtime.controller.internal.check;

import io.jalloy.runtime.controller.Source;
import io.jalloy.runtime.controller.ValidationOptions;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.File;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.parser.ParseResult;
import io.jalloy.syntax.token.SourceFile;
import java.util.ArrayList;
import java.util.List;

/** Runs validation for {@link io.jalloy.runtime.controller.Validator}: parse, sort, check. */
public final class Checker {
    private Checker() {}

    public static Diagnostics check(Source source, ValidationOptions options) {
        List<File> files = new ArrayList<>();
        List<Diagnostic> parseErrors = new ArrayList<>();
        for (SourceFile sf : source.files()) {
            ParseResult r = Parsing.parse(sf);
            if (r.diagnostics().hasErrors()) {
                parseErrors.addAll(r.diagnostics().list());
            } else {
                files.add(r.file());
            }
        }
        Scope scope = Scope.root(StdlibNames.ALLOY);
        scope.define("module_path");
        Registry registry = Registry.root(options.components(), options.minStability(), options.communityComponents());
        State root = new State(true, false, scope, registry, null);
        StateBuilder builder = new StateBuilder(options.services(), options.minStability());
        for (File file : files) {
            topLevel(file, root, builder, parseErrors);
        }
        if (!parseErrors.isEmpty()) {
            return new Diagnostics(parseErrors);
        }
        return new Diagnostics(new GraphCheck(options.minStability()).check(builder.build(root)));
    }

    /** Sorts a file's blocks into {@code root}; a top-level attribute rejects the whole file, as in Alloy. */
    private static void topLevel(File file, State root, StateBuilder builder, List<Diagnostic> errors) {
        for (Stmt stmt : file.body()) {
            if (stmt instanceof AttributeStmt a) {
                SourceFile sf = file.source();
                errors.add(Diagnostic.error(sf.position(a.name().start()), sf.position(a.name().end() - 1),
                        "unrecognized attribute " + a.name().name()));
                return;
            }
        }
        builder.sort(errors, file.source(), file.body(), root);
    }
}
