package io.jalloy.cli.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code jalloy} process for tests: the test class path's {@code io.jalloy.cli.Main} in a
 * child JVM on a free 127.0.0.1 port, with its own environment and working directory, standard
 * error kept in a file. {@link #close} sends SIGTERM and waits.
 */
public final class JalloyProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path stderr;
    private final int port;

    private JalloyProcess(Process process, Path stderr, int port) {
        this.process = process;
        this.stderr = stderr;
        this.port = port;
    }

    /**
     * Starts {@code jalloy run CONFIG} in {@code workDir} with {@code extraArgs}, storage and logs
     * under {@code scratch}, the environment {@code env} added to the parent's, and
     * {@code jvmProperties} as {@code -D} flags.
     */
    public static JalloyProcess run(Path workDir, Path scratch, Path config, Map<String, String> env,
                                    Map<String, String> jvmProperties, String... extraArgs) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(javaCommand(jvmProperties));
        command.addAll(List.of("run", config.toString(), "--server.http.listen-addr", "127.0.0.1:" + port,
                "--storage.path", scratch.resolve("data").toString()));
        command.addAll(List.of(extraArgs));
        Path stderr = Files.createTempFile(scratch, "jalloy", ".stderr");
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        return new JalloyProcess(pb.start(), stderr, port);
    }

    /** Runs {@code jalloy ARGS} to completion in {@code workDir}; the exit code and standard error. */
    public static Result exec(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(javaCommand(Map.of()));
        command.addAll(List.of(args));
        Path stderr = Files.createTempFile("jalloy", ".stderr");
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("jalloy " + String.join(" ", args) + " did not finish");
        }
        String text = Files.readString(stderr);
        Files.delete(stderr);
        return new Result(p.exitValue(), text);
    }

    /** A finished command. */
    public record Result(int exitCode, String stderr) {}

    private static List<String> javaCommand(Map<String, String> jvmProperties) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        jvmProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.jalloy.cli.Main"));
        return command;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The HTTP port. */
    public int port() {
        return port;
    }

    /** Waits until {@code /-/ready} answers 200; fails with the process's standard error otherwise. */
    public JalloyProcess awaitReady() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("jalloy exited with " + process.exitValue() + ":\n" + stderr());
            }
            try {
                if (get("/-/ready").statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("jalloy did not become ready:\n" + stderr());
    }

    /** GET {@code path}. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POST {@code path} with no body. */
    public HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The underlying process (to send signals). */
    public Process process() {
        return process;
    }

    /** The file the process's standard error goes to. */
    public Path stderrFile() {
        return stderr;
    }

    /** What the process wrote to standard error so far. */
    public String stderr() throws IOException {
        return Files.readString(stderr);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
