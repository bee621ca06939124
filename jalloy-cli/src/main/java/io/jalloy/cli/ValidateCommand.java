package io.jalloy.cli;

import io.jalloy.cli.internal.EnvCheck;
import io.jalloy.cli.internal.EnvFile;
import io.jalloy.component.Stability;
import io.jalloy.runtime.controller.ComponentSchemas;
import io.jalloy.runtime.controller.Source;
import io.jalloy.runtime.controller.ValidationOptions;
import io.jalloy.runtime.controller.Validator;
import io.jalloy.runtime.registry.ComponentRegistry;
import io.jalloy.syntax.diag.DiagnosticPrinter;
import io.jalloy.syntax.diag.Diagnostics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jalloy validate}: checks a config without running it, printing Alloy's diagnostics. With
 * {@code --env-file} (repeatable) the config is also evaluated once per file, {@code sys.env}
 * reading only that file's variables, and each failing environment is named.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Validate a configuration file or directory without running it.",
            "Exits non-zero when any error is found."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "The config file or directory.")
    Path path;

    @Option(names = "--env-file", paramLabel = "FILE",
            description = "Jalloy only: also evaluate the config with sys.env reading only this file's KEY=VALUE lines. Repeat for each environment.")
    List<Path> envFiles = new ArrayList<>();

    @Option(names = "--stability.level", paramLabel = "LEVEL", description = "Minimum stability level of features to enable: generally-available, public-preview, experimental (default: ${DEFAULT-VALUE}).")
    String stability = Stability.GENERALLY_AVAILABLE.text();

    @Option(names = "--feature.community-components.enabled", arity = "0..1", paramLabel = "BOOL", description = "Enable community components.")
    boolean communityComponents;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean color = System.console() != null;
        Stability level;
        try {
            level = Stability.parse(stability);
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
        Source source;
        List<EnvFile> envs = new ArrayList<>();
        try {
            source = Source.read(path);
            for (Path f : envFiles) {
                envs.add(EnvFile.read(f));
            }
        } catch (IOException e) {
            return fail(err, "encountered errors during validation: " + e.getMessage());
        }
        ComponentRegistry registry = ComponentRegistry.load();
        ValidationOptions options = ValidationOptions.defaults(ComponentSchemas.fromRegistry(registry))
                .withMinStability(level).withCommunityComponents(communityComponents);
        Diagnostics diags = Validator.validate(source, options);
        if (!diags.isEmpty()) {
            err.println(DiagnosticPrinter.render(diags, source::file, color));
            err.println();
        }
        if (diags.hasErrors()) {
            return fail(err, "encountered errors during validation");
        }
        List<String> failed = new ArrayList<>();
        EnvCheck check = new EnvCheck(registry, true);
        for (EnvFile env : envs) {
            Diagnostics d = check.check(source, env.variables());
            if (d.hasErrors()) {
                failed.add(env.path().toString());
                err.println("environment " + env.path() + ":");
                err.println(DiagnosticPrinter.render(d, source::file, color));
                err.println();
            }
        }
        if (!failed.isEmpty()) {
            return fail(err, "encountered errors during validation in " + failed.size() + " of " + envs.size()
                    + " environments: " + String.join(", ", failed));
        }
        return 0;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("Error: " + message);
        err.flush();
        return 1;
    }
}
