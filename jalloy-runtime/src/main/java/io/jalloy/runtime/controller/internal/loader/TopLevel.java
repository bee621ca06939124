package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.File;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.token.SourceFile;
import java.util.ArrayList;
import java.util.List;

/** The blocks of a config's files in order; a top-level attribute rejects its file, as in Alloy. */
public final class TopLevel {
    private TopLevel() {}

    /** Every block of {@code files}; errors for files with top-level attributes go to {@code errors}. */
    public static List<SourceBlock> blocks(List<File> files, List<Diagnostic> errors) {
        List<SourceBlock> blocks = new ArrayList<>();
        for (File file : files) {
            SourceFile sf = file.source();
            AttributeStmt attribute = null;
            for (Stmt stmt : file.body()) {
                if (stmt instanceof AttributeStmt a) {
                    attribute = a;
                    break;
                }
            }
            if (attribute != null) {
                errors.add(Diagnostic.error(sf.position(attribute.name().start()),
                        sf.position(attribute.name().end() - 1), "unrecognized attribute " + attribute.name().name()));
                continue;
            }
            for (Stmt stmt : file.body()) {
                blocks.add(new SourceBlock((BlockStmt) stmt, sf));
            }
        }
        return blocks;
    }
}
