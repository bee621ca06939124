package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.parser.ParseResult;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Evaluates an import: decodes its arguments, reads the module source (the string, or the file or
 * the {@code *.alloy} files of a directory) and keeps the declares it defines. Anything but
 * declares in imported content is an error, as in Alloy.
 */
final class ImportEvaluation {
    private ImportEvaluation() {}

    /** {@code import.string}'s arguments. */
    record StringArgs(@Attr("content") Secret content) {}

    /** {@code import.file}'s arguments. */
    record FileArgs(
            @Attr("filename") String filename,
            @Attr(value = "detector", optional = true) String detector,
            @Attr(value = "poll_frequency", optional = true) Duration pollFrequency) {}

    static List<Diagnostic> evaluate(ImportNode node, Scope scope) {
        SourceBlock b = node.block();
        Decoder decoder = new Decoder(new Evaluator(b.file()));
        Map<String, String> sources = new LinkedHashMap<>();
        try {
            switch (b.name()) {
                case "import.string" -> sources.put(b.label(),
                        decoder.decodeBody(b.body(), b.block(), StringArgs.class, scope).content().value());
                case "import.file" -> {
                    String filename = decoder.decodeBody(b.body(), b.block(), FileArgs.class, scope).filename();
                    read(Path.of(filename), sources);
                }
                default -> {
                    return List.of(b.errorOnBlock("Failed to evaluate node for config block: " + b.name()
                            + " is not supported yet"));
                }
            }
        } catch (Diagnostics d) {
            return d.list();
        } catch (IOException e) {
            return List.of(b.errorOnBlock("Failed to evaluate node for config block: " + e.getMessage()));
        }
        String joined = String.join("\n", sources.values());
        if (joined.equals(node.content())) {
            return List.of();
        }
        List<Diagnostic> diags = new ArrayList<>();
        Map<String, SourceBlock> declares = new LinkedHashMap<>();
        sources.forEach((name, text) -> declares(name, text, b, declares, diags));
        if (diags.isEmpty()) {
            node.setImported(joined, declares);
        }
        return diags;
    }

    private static void read(Path path, Map<String, String> sources) throws IOException {
        if (!Files.isDirectory(path)) {
            sources.put(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
            return;
        }
        try (Stream<Path> files = Files.list(path)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".alloy")).sorted().toList()) {
                sources.put(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
    }

    private static void declares(String name, String text, SourceBlock importBlock, Map<String, SourceBlock> out,
                                 List<Diagnostic> diags) {
        ParseResult parsed = Parser.parse(SourceFile.of(name, text));
        if (parsed.diagnostics().hasErrors()) {
            diags.addAll(parsed.diagnostics().list());
            return;
        }
        SourceFile sf = parsed.file().source();
        for (Stmt stmt : parsed.file().body()) {
            if (stmt instanceof BlockStmt b && b.fullName().equals("declare") && b.label() != null) {
                out.putIfAbsent(b.label(), new SourceBlock(b, sf));
            } else {
                String got = stmt instanceof BlockStmt b ? " got " + b.fullName() : "";
                diags.add(importBlock.errorOnBlock("Failed to evaluate node for config block: only declare and "
                        + "import blocks are allowed in a module" + (got.isEmpty() ? "" : "," + got)));
            }
        }
    }
}
