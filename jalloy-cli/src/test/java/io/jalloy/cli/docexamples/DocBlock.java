package io.jalloy.cli.docexamples;

import io.jalloy.runtime.componenttest.DocExampleBlocks;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One block of a logs or metrics component in Alloy's documentation examples that Alloy parses:
 * where it is, and the top-level statement holding it (itself, or a declare or foreach around it).
 *
 * @param file the example's file name in doc-examples
 * @param src the example
 * @param topLevel the top-level statement the block is, or is inside
 * @param block the block
 */
record DocBlock(String file, SourceFile src, Stmt topLevel, BlockStmt block) {
    /** Issue 4: loki.* and local.file_match; issue 5: these. */
    private static final Set<String> METRICS_KINDS = Set.of("prometheus.scrape", "prometheus.relabel",
            "prometheus.remote_write", "prometheus.receive_http", "prometheus.exporter.self",
            "prometheus.exporter.unix", "discovery.relabel", "discovery.file", "discovery.http");

    /** {@code file:line} of the block's first line. */
    String key() {
        return file + ":" + src.position(block.start()).line();
    }

    /** The case name: key, kind and label. */
    String name() {
        return key() + " " + block.fullName() + (block.label() == null ? "" : " \"" + block.label() + "\"");
    }

    /** Whether {@code kind} is one of issue 4's or issue 5's. */
    static boolean inScope(String kind) {
        return kind.startsWith("loki.") || kind.equals("local.file_match") || METRICS_KINDS.contains(kind);
    }

    /** Every such block, in index order (skipped, or failed under CI=true, without ../shared). */
    static List<DocBlock> all() throws Exception {
        List<DocBlock> out = new ArrayList<>();
        for (Map.Entry<String, String> e : DocExampleBlocks.parsableExamples().entrySet()) {
            SourceFile src = SourceFile.of(e.getKey(), e.getValue());
            for (Stmt top : Parser.parseFile(src).body()) {
                for (BlockStmt b : DocExampleBlocks.blocks(List.of(top), b -> inScope(b.fullName()))) {
                    out.add(new DocBlock(e.getKey(), src, top, b));
                }
            }
        }
        return out;
    }
}
