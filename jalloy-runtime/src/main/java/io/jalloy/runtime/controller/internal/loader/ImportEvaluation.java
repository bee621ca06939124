package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates an import block: decodes its arguments, reads the module source it names (the string,
 * a file or the {@code *.alloy} files of a directory, a URL, a path in a git repository) with the
 * imports nested in it, and
 * keeps the resulting library when its text changed.
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

    /** How often an {@code import.file} is checked without a poll frequency (Alloy is notified at once). */
    static final Duration DEFAULT_CHECK = Duration.ofMillis(250);

    /** What reading an import gave: its library, a fingerprint of its text, and the paths to watch. */
    record Read(Library library, String fingerprint, List<ImportProbe> watched, Duration interval) {}

    /** Evaluates {@code node}; {@code onFileChange} is run (from the watcher) when its files change. */
    static List<Diagnostic> evaluate(ImportNode node, Scope scope, LoaderContext ctx, Runnable onFileChange) {
        List<Diagnostic> diags = new ArrayList<>();
        Read read = read(node.block(), scope, ctx, diags);
        if (read == null) {
            return diags;
        }
        if (!read.fingerprint().equals(node.fingerprint())) {
            node.setImported(read.fingerprint(), read.library());
        }
        if (!read.watched().isEmpty()) {
            node.watch(read.watched(), read.interval(), onFileChange);
        }
        return diags;
    }

    /** Reads the source an import block names; null (with diagnostics) when it cannot. */
    static Read read(SourceBlock b, Scope scope, LoaderContext ctx, List<Diagnostic> diags) {
        Decoder decoder = new Decoder(new Evaluator(b.file()));
        try {
            return switch (b.name()) {
                case "import.string" -> {
                    String content = decoder.decodeBody(b.body(), b.block(), StringArgs.class, scope).content().value();
                    String modulePath = ModuleSources.modulePath(scope);
                    yield ModuleSources.library(b, List.of(new ModuleSources.Text(b.label(), content)), modulePath,
                            ModuleSources.stdlibOf(scope), ctx, diags, List.of(), DEFAULT_CHECK);
                }
                case "import.file" -> {
                    FileArgs args = decoder.decodeBody(b.body(), b.block(), FileArgs.class, scope);
                    Duration interval = "poll".equals(args.detector()) && args.pollFrequency() != null
                            ? args.pollFrequency() : DEFAULT_CHECK;
                    yield ModuleSources.fromFile(b, args.filename(), ModuleSources.stdlibOf(scope), ctx, diags, interval);
                }
                case "import.http" -> HttpImport.read(b, decoder.decodeBody(b.body(), b.block(), HttpImport.Args.class, scope),
                        ModuleSources.stdlibOf(scope), ctx, diags);
                case "import.git" -> {
                    GitImport.Args args = decoder.decodeBody(b.body(), b.block(), GitImport.Args.class, scope);
                    yield GitImport.read(b, args, ModuleSources.stdlibOf(scope), ctx, diags);
                }
                default -> {
                    diags.add(b.errorOnBlock("Failed to evaluate node for config block: " + b.name() + " is not supported yet"));
                    yield null;
                }
            };
        } catch (Diagnostics d) {
            diags.addAll(d.list());
            return null;
        }
    }
}
