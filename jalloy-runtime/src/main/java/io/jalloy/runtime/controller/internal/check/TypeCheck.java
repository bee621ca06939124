package io.jalloy.runtime.controller.internal.check;

import io.jalloy.runtime.controller.BlockSchema;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.diag.Diagnostic;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a block body against a schema with Alloy's texts: unknown attributes and blocks, fields
 * used as the wrong kind, repeats, missing required fields (in declaration order), and literal
 * values of the wrong type.
 */
final class TypeCheck {
    private TypeCheck() {}

    /** Checks {@code block}'s body (as {@link SourceBlock#body()}) against {@code schema}. */
    static void block(SourceBlock block, BlockSchema schema, List<Diagnostic> out) {
        body(block, block.block(), block.body(), schema, out);
    }

    private static void body(SourceBlock where, BlockStmt block, List<Stmt> body, BlockSchema schema,
                             List<Diagnostic> out) {
        if (schema.anyBody()) {
            return;
        }
        Map<String, Integer> blockCount = new HashMap<>();
        for (Stmt stmt : body) {
            if (stmt instanceof BlockStmt b) {
                blockCount.merge(b.fullName(), 1, Integer::sum);
            }
        }
        Set<String> seen = new HashSet<>();
        for (Stmt stmt : body) {
            switch (stmt) {
                case BlockStmt b -> nestedBlock(where, b, schema, blockCount, out);
                case AttributeStmt a -> attribute(where, a, schema, seen, out);
            }
        }
        for (BlockSchema.Field f : schema.fields()) {
            if (!f.required()) {
                continue;
            }
            if (f instanceof BlockSchema.Attr && !seen.contains(f.name())) {
                out.add(errorOnBlock(where, block, "missing required attribute \"" + f.name() + "\""));
            } else if (f instanceof BlockSchema.Block && !blockCount.containsKey(f.name())) {
                out.add(errorOnBlock(where, block, "missing required block \"" + f.name() + "\""));
            }
        }
    }

    private static void nestedBlock(SourceBlock where, BlockStmt b, BlockSchema schema,
                                    Map<String, Integer> blockCount, List<Diagnostic> out) {
        String name = b.fullName();
        BlockSchema.Field field = schema.field(name);
        if (field == null) {
            out.add(errorOnBlock(where, b, "unrecognized block name \"" + name + "\""));
            return;
        }
        if (!(field instanceof BlockSchema.Block spec)) {
            out.add(errorOnBlock(where, b, "\"" + name + "\" must be an attribute, but is used as a block"));
            return;
        }
        if (spec.schema().anyBody()) {
            if (b.label() != null) {
                out.add(where.span(io.jalloy.syntax.diag.Severity.ERROR, b.namePos(), b.lCurly(),
                        "block \"" + name + "\" requires empty label"));
            }
            return;
        }
        if (spec.multiplicity() == BlockSchema.Multiplicity.ONCE && blockCount.getOrDefault(name, 0) > 1) {
            out.add(errorOnBlock(where, b, "block \"" + name + "\" may only be specified once"));
            return;
        }
        body(where, b, b.body(), spec.schema(), out);
    }

    private static void attribute(SourceBlock where, AttributeStmt a, BlockSchema schema, Set<String> seen,
                                  List<Diagnostic> out) {
        String name = a.name().name();
        BlockSchema.Field field = schema.field(name);
        if (field == null) {
            out.add(where.errorOn(a, "unrecognized attribute name \"" + name + "\""));
            return;
        }
        if (!(field instanceof BlockSchema.Attr attr)) {
            out.add(where.errorOn(a, "\"" + name + "\" must be a block, but is used as an attribute"));
            return;
        }
        if (!seen.add(name)) {
            out.add(where.errorOn(a, "attribute \"" + name + "\" may only be provided once"));
            return;
        }
        LiteralCheck.check(where, a.value(), attr.type(), out);
    }

    private static Diagnostic errorOnBlock(SourceBlock where, BlockStmt b, String message) {
        return where.span(io.jalloy.syntax.diag.Severity.ERROR, b.start(), b.end() - 1, message);
    }
}
