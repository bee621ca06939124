package io.jalloy.runtime.controller.internal.loader;

import io.jalloy.runtime.controller.internal.check.SourceBlock;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.value.Secret;
import io.jalloy.syntax.vm.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code import.git}: a file, or the {@code *.alloy} files of a directory, of a repository
 * checked out under the storage path, pulled again every {@code pull_frequency}. The module path
 * its modules see is the working copy, so their relative imports resolve inside the repository.
 * Local repository paths resolve against the working directory, as Alloy's resolve against its own.
 */
final class GitImport {
    private GitImport() {}

    /** {@code import.git}'s arguments; {@code ssh_key} is accepted, but SSH transport is not bundled. */
    record Args(
            @Attr("repository") String repository,
            @Attr(value = "revision", optional = true) String revision,
            @Attr("path") String path,
            @Attr(value = "pull_frequency", optional = true) Duration pullFrequency,
            @Block(value = "basic_auth", optional = true) BasicAuth basicAuth,
            @Block(value = "ssh_key", optional = true) SshKey sshKey) {

        /** Alloy's defaults: revision {@code main}, pulled every minute. */
        static Args defaults() {
            return new Args("", "main", "", DEFAULT_PULL, null, null);
        }
    }

    record BasicAuth(@Attr(value = "username", optional = true) String username,
                     @Attr(value = "password", optional = true) Secret password) {}

    record SshKey(@Attr(value = "username", optional = true) String username,
                  @Attr(value = "key", optional = true) Secret key,
                  @Attr(value = "key_file", optional = true) String keyFile,
                  @Attr(value = "passphrase", optional = true) Secret passphrase) {}

    static final Duration DEFAULT_PULL = Duration.ofSeconds(60);
    private static final Set<String> SPECIAL = Set.of("HEAD", "FETCH_HEAD", "ORIG_HEAD", "MERGE_HEAD", "CHERRY_PICK_HEAD");

    static ImportEvaluation.Read read(SourceBlock b, Args args, Scope stdlib, LoaderContext ctx, List<Diagnostic> diags) {
        String revision = args.revision();
        if (SPECIAL.contains(revision)) {
            diags.add(b.errorOnBlock("Failed to evaluate node for config block: decoding configuration: revision cannot be "
                    + "a special git reference such as HEAD, FETCH_HEAD, ORIG_HEAD, MERGE_HEAD, or CHERRY_PICK_HEAD"));
            return null;
        }
        String uri = localPath(args.repository()) ? ctx.workingDirectory().resolve(args.repository()).normalize().toString()
                : args.repository();
        Path dir = ctx.dataRoot().resolve("import.git").resolve(key(uri, revision));
        BasicAuth auth = args.basicAuth();
        GitCheckout checkout = new GitCheckout(args.repository(), uri, revision, dir,
                auth == null ? null : auth.username(), auth == null || auth.password() == null ? null : auth.password().value());
        Duration pull = args.pullFrequency();
        List<ModuleSources.Text> texts = new ArrayList<>();
        Path target = dir.resolve(args.path()).normalize();
        try {
            checkout.update();
            if (!target.startsWith(dir)) {
                throw new IOException("path " + args.path() + " is outside the repository");
            }
            if (Files.isDirectory(target)) {
                try (Stream<Path> files = Files.list(target)) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".alloy") && Files.isRegularFile(f)).sorted().toList()) {
                        texts.add(new ModuleSources.Text(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
                    }
                }
            } else {
                texts.add(new ModuleSources.Text(args.path(), Files.readString(target, StandardCharsets.UTF_8)));
            }
        } catch (GitCheckout.GitException | IOException e) {
            diags.add(b.errorOnBlock("Failed to evaluate node for config block: " + e.getMessage()));
            return null;
        }
        List<ImportProbe> probes = pull.isPositive() ? List.of(pulled(checkout, target)) : List.of();
        return ModuleSources.library(b, texts, dir.toString(), stdlib, ctx, diags, probes,
                pull.isPositive() ? pull : ImportEvaluation.DEFAULT_CHECK);
    }

    /** Pulls, then looks at the checked-out file or directory; a failed pull tells nothing. */
    private static ImportProbe pulled(GitCheckout checkout, Path target) {
        ImportProbe files = ImportProbe.file(target);
        return () -> {
            try {
                checkout.update();
                return files.signature();
            } catch (GitCheckout.GitException e) {
                return null;
            }
        };
    }

    /** A path rather than a URL ({@code scheme://...}) or scp-like address ({@code user@host:path}). */
    private static boolean localPath(String repository) {
        int colon = repository.indexOf(':');
        int slash = repository.indexOf('/');
        return colon < 0 || (slash >= 0 && slash < colon) || colon == 1;
    }

    /** One working copy per repository and revision, so imports of different repositories never share one. */
    private static String key(String uri, String revision) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((uri + '\0' + revision).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
