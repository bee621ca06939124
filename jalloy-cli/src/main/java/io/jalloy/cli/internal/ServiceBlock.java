package io.jalloy.cli.internal;

import io.jalloy.runtime.controller.Source;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.parser.ParseResult;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;

/**
 * A top-level block the CLI applies itself ({@code logging}, {@code http}): the controller keeps
 * such blocks in its graph without behaviour. Evaluated with the standard library only, which is
 * what they may reference apart from {@code write_to} receivers.
 *
 * @param file the file holding the block
 * @param block the block
 */
record ServiceBlock(SourceFile file, BlockStmt block) {

    /** The first unlabelled top-level block named {@code name} in {@code source}, or null. */
    static ServiceBlock find(Source source, String name) throws Diagnostics {
        for (SourceFile sf : source.files()) {
            ParseResult parsed = Parser.parse(sf);
            if (parsed.diagnostics().hasErrors()) {
                throw parsed.diagnostics();
            }
            for (Stmt stmt : parsed.file().body()) {
                if (stmt instanceof BlockStmt b && b.fullName().equals(name) && b.label() == null) {
                    return new ServiceBlock(sf, b);
                }
            }
        }
        return null;
    }

    /** The first nested block named {@code name}, or null. */
    ServiceBlock child(String name) {
        for (Stmt stmt : block.body()) {
            if (stmt instanceof BlockStmt b && b.fullName().equals(name)) {
                return new ServiceBlock(file, b);
            }
        }
        return null;
    }

    /** The value of attribute {@code name}, or null when the block does not set it. */
    Value attribute(String name, Scope scope) throws Diagnostics {
        AttributeStmt a = attributeStmt(name);
        return a == null ? null : new Evaluator(file).evaluate(a.value(), scope);
    }

    /** An error at attribute {@code name}'s value (or at the block when it is absent). */
    Diagnostics error(String name, String message) {
        AttributeStmt a = attributeStmt(name);
        int start = a == null ? block.start() : a.value().start();
        int end = a == null ? block.start() + 1 : a.value().end();
        return Diagnostics.of(Diagnostic.error(file.position(start), file.position(end - 1), message));
    }

    private AttributeStmt attributeStmt(String name) {
        for (Stmt stmt : block.body()) {
            if (stmt instanceof AttributeStmt a && a.name().name().equals(name)) {
                return a;
            }
        }
        return null;
    }
}
