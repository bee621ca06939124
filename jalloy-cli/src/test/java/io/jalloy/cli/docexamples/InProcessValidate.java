package io.jalloy.cli.docexamples;

import io.jalloy.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** {@code jalloy validate --env-file} run in this JVM through picocli, as the command line would. */
final class InProcessValidate {
    /** What {@code jalloy validate} returned and printed on stderr. */
    record Result(int exitCode, String stderr) {}

    private InProcessValidate() {}

    /**
     * Writes {@code config} as {@code config.alloy} and {@code env} as {@code placeholders.env} into
     * {@code dir}/{@code caseName}, then validates it with {@code flags} added.
     */
    static Result run(Path dir, String caseName, String config, Map<String, String> env, String... flags)
            throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve(caseName.replaceAll("[^A-Za-z0-9_.-]", "_")));
        Path configFile = Files.writeString(caseDir.resolve("config.alloy"), config);
        StringBuilder envText = new StringBuilder();
        env.forEach((k, v) -> envText.append(k).append('=').append(v).append('\n'));
        Path envFile = Files.writeString(caseDir.resolve("placeholders.env"), envText);
        List<String> args = new ArrayList<>(List.of("validate", configFile.toString(), "--env-file", envFile.toString()));
        args.addAll(List.of(flags));
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new Main());
        cmd.setErr(new PrintWriter(err, true));
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        int code = cmd.execute(args.toArray(String[]::new));
        return new Result(code, err.toString());
    }
}
