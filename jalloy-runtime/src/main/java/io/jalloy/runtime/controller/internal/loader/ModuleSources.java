package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.parser.ParseResult;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
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
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Turns imported text into a {@link Library}: parses each file, keeps its declares and reads the
 * imports nested in it (relative to the importing file's directory, which is also the
 * {@code module_path} its modules see). Only declare and import blocks may appear, as in Alloy.
 */
final class ModuleSources {
    private ModuleSources() {}

    /** One imported text and the name diagnostics give it. */
    record Text(String name, String content) {}

    /** The root of {@code scope}: the standard library nested imports are evaluated with. */
    static Scope stdlibOf(Scope scope) {
        Scope s = scope;
        while (s.parent() != null) {
            s = s.parent();
        }
        return s;
    }

    /** The {@code module_path} visible in {@code scope}, {@code ""} when there is none. */
    static String modulePath(Scope scope) {
        return scope.lookup("module_path") instanceof StringValue s ? s.value() : "";
    }

    /**
     * Reads a file, or the {@code *.alloy} files of a directory (not recursively); relative names
     * resolve against {@code workDir}, as Alloy's resolve against its working directory. The
     * module path is the name's directory as written ({@code .} for a bare file name), or the
     * directory itself.
     */
    static ImportEvaluation.Read fromFile(SourceBlock importBlock, String filename, Scope stdlib, LoaderContext ctx,
                                          List<Diagnostic> diags, Duration interval) {
        List<Text> texts = new ArrayList<>();
        Path path = ctx.workingDirectory().resolve(filename);
        String modulePath;
        try {
            if (Files.isDirectory(path)) {
                modulePath = filename;
                try (Stream<Path> files = Files.list(path)) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".alloy") && Files.isRegularFile(f)).sorted().toList()) {
                        texts.add(new Text(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
                    }
                }
            } else {
                Path parent = Path.of(filename).getParent();
                modulePath = parent == null ? "." : parent.toString();
                texts.add(new Text(path.toString(), Files.readString(path, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            diags.add(importBlock.errorOnBlock("Failed to evaluate node for config block: " + e));
            return null;
        }
        return library(importBlock, texts, modulePath, stdlib, ctx, diags, List.of(ImportProbe.file(path)), interval);
    }

    /** The library of {@code texts}; nested imports are read now and watched with them. */
    static ImportEvaluation.Read library(SourceBlock importBlock, List<Text> texts, String modulePath, Scope stdlib,
                                         LoaderContext ctx, List<Diagnostic> diags, List<ImportProbe> watched,
                                         Duration interval) {
        Map<String, SourceBlock> declares = new LinkedHashMap<>();
        Map<String, Supplier<Library>> namespaces = new LinkedHashMap<>();
        StringBuilder fingerprint = new StringBuilder();
        List<ImportProbe> allWatched = new ArrayList<>(watched);
        Scope nestedScope = stdlib.child(Map.<String, Value>of("module_path", new StringValue(modulePath)));
        for (Text t : texts) {
            fingerprint.append(t.name()).append('\0').append(t.content()).append('\0');
            ParseResult parsed = Parser.parse(SourceFile.of(t.name(), t.content()));
            if (parsed.diagnostics().hasErrors()) {
                diags.addAll(parsed.diagnostics().list());
                return null;
            }
            SourceFile sf = parsed.file().source();
            for (Stmt stmt : parsed.file().body()) {
                BlockStmt b = stmt instanceof BlockStmt block && block.label() != null ? block : null;
                String name = b == null ? null : b.fullName();
                if ("declare".equals(name)) {
                    declares.putIfAbsent(b.label(), new SourceBlock(b, sf));
                } else if (name != null && name.startsWith("import.")) {
                    ImportEvaluation.Read nested = ImportEvaluation.read(new SourceBlock(b, sf), nestedScope, ctx, diags);
                    if (nested == null) {
                        return null;
                    }
                    Library lib = nested.library();
                    namespaces.put(b.label(), () -> lib);
                    fingerprint.append(nested.fingerprint());
                    allWatched.addAll(nested.watched());
                } else {
                    String got = stmt instanceof BlockStmt other ? ", got " + other.fullName() : "";
                    diags.add(importBlock.errorOnBlock("Failed to evaluate node for config block: only declare and import "
                            + "blocks are allowed in a module" + got));
                    return null;
                }
            }
        }
        return new ImportEvaluation.Read(new Library(declares, namespaces, modulePath), fingerprint.toString(),
                allWatched, interval);
    }
}
