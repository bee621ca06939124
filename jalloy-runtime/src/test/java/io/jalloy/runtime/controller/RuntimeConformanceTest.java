package io.jalloy.runtime.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.component.Stability;
import io.jalloy.runtime.componenttest.SharedData;
import io.jalloy.runtime.controller.testcomponents.AlloyTestComponents;
import io.jalloy.runtime.controller.testcomponents.StringerComponents;
import io.jalloy.runtime.metrics.ComponentMetrics;
import io.jalloy.runtime.metrics.ProcessMetrics;
import io.jalloy.runtime.node.BuiltinNode;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alloy's runtime cases for modules, imports and foreach, run the way Alloy's own tests run them:
 * the other files of a case are written to the working directory, {@code main.alloy} is loaded,
 * the summation must reach its first target, then after writing the {@code update/} file (or
 * reloading {@code reload_config.alloy}) its second; error cases must fail with the text in
 * {@code error}; metrics cases must publish Alloy's controller series. Every case of every folder runs.
 */
class RuntimeConformanceTest {
    private static final Duration WAIT = Duration.ofSeconds(Integer.getInteger("wait", 10));

    @TempDir
    Path data;

    @TestFactory
    Stream<DynamicTest> importStringCasesReachTheirSum() throws IOException {
        return cases("import_string").map(c -> DynamicTest.dynamicTest(c.name(), () -> sums(c, Stability.PUBLIC_PREVIEW,
                ctl -> summation(ctl).lastAdded() >= 10, ctl -> summation(ctl).lastAdded() <= -10)));
    }

    @TestFactory
    Stream<DynamicTest> importFileCasesReachTheirSumAndFollowUpdates() throws IOException {
        return cases("import_file").map(c -> DynamicTest.dynamicTest(c.name(), () -> sums(c, Stability.PUBLIC_PREVIEW,
                ctl -> summation(ctl).lastAdded() >= 10, ctl -> summation(ctl).lastAdded() <= -10)));
    }

    @TestFactory
    Stream<DynamicTest> importFileFolderCasesFollowFilesAddedChangedAndRemoved() throws IOException {
        return cases("import_file_folder").map(c -> DynamicTest.dynamicTest(c.name(), () -> folder(c)));
    }

    @TestFactory
    Stream<DynamicTest> importErrorCasesFailWithAlloysText() throws IOException {
        return cases("import_error").map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            try (Controller ctl = controller(Stability.PUBLIC_PREVIEW)) {
                Diagnostics d = ctl.load(Source.of("main.alloy", c.file("main.alloy")));
                assertThat(d.list()).extracting(Diagnostic::message)
                        .anySatisfy(m -> assertThat(m).contains(c.file("error").strip()));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> foreachCasesReachTheirSum() throws IOException {
        return cases("foreach").map(c -> DynamicTest.dynamicTest(c.name(), () -> sums(c, Stability.EXPERIMENTAL,
                ctl -> received(ctl) >= 10, ctl -> received(ctl) >= 30)));
    }

    /**
     * As Alloy's test: once the receiver has 10, the two duration histograms must have as many
     * series as the case says, and the series of the fixed-valued families the expected text names
     * (running components, evaluating, pulse_count; not the queue size) must be exactly those;
     * after a reload reaches 30, the same for the after-reload text.
     */
    @TestFactory
    Stream<DynamicTest> foreachMetricsCasesPublishAlloysSeries() throws IOException {
        return cases("foreach_metrics").map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ProcessMetrics process = new ProcessMetrics(false);
            try (Controller ctl = controller(Stability.EXPERIMENTAL, data, process.components())) {
                assertThat(ctl.load(Source.of("main.alloy", c.file("main.alloy"))).list()).isEmpty();
                Eventually.within(WAIT, () -> received(ctl) >= 10);
                String durations = c.file("expected_duration_metrics.prom");
                if (durations != null) {
                    assertThat(MetricSeries.count(process.root(), DURATION_FAMILIES))
                            .isEqualTo(Integer.parseInt(durations.strip()));
                }
                seriesRead(process, c.file("expected_metrics.prom"));
                String reload = c.file("reload_config.alloy");
                if (reload != null) {
                    assertThat(ctl.load(Source.of("reload_config.alloy", reload)).list()).isEmpty();
                    Eventually.within(WAIT, () -> received(ctl) >= 30);
                    seriesRead(process, c.file("expected_metrics_after_reload.prom"));
                }
            }
        }));
    }

    private static final Set<String> DURATION_FAMILIES =
            Set.of("alloy_component_dependencies_wait_seconds", "alloy_component_evaluation_seconds");
    private static final List<String> FIXED_FAMILIES = List.of("alloy_component_controller_running_components",
            "alloy_component_controller_evaluating", "pulse_count");

    private static void seriesRead(ProcessMetrics process, String expectedText) throws InterruptedException {
        if (expectedText == null) {
            return;
        }
        Set<String> families = new java.util.HashSet<>();
        FIXED_FAMILIES.stream().filter(expectedText::contains).forEach(families::add);
        var expected = MetricSeries.parse(expectedText, families);
        try {
            Eventually.within(WAIT, () -> expected.equals(MetricSeries.gather(process.root(), families)));
        } catch (AssertionError e) {
            assertThat(MetricSeries.gather(process.root(), families)).isEqualTo(expected);
        }
    }

    /** As Alloy's test: the repositories are extracted to {@code testdata/} and named by relative path. */
    @TestFactory
    Stream<DynamicTest> importGitCasesReachTheirSum() throws IOException {
        return cases("import_git").map(c -> DynamicTest.dynamicTest(c.name(), () -> sums(c, c.file("main.alloy"),
                work -> {
                    for (String repo : List.of("repo.git", "repo2.git")) {
                        Untar.extract(SharedData.alloy("runtime").resolve(repo + ".tar"), work.resolve("testdata").resolve(repo));
                    }
                }, Stability.PUBLIC_PREVIEW, ctl -> summation(ctl).lastAdded() >= 10, ctl -> summation(ctl).lastAdded() <= -10)));
    }

    /**
     * Alloy's case fetches a passthrough module from GitHub; here a server on 127.0.0.1 serves the
     * same module at the same path, and the case's URL is pointed at it.
     */
    @TestFactory
    Stream<DynamicTest> importHttpCasesReachTheirSum() throws IOException {
        return cases("import_http").map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            try (ModuleServer server = ModuleServer.serving(PASSTHROUGH_MODULE)) {
                String main = URL.matcher(c.file("main.alloy")).replaceAll(m -> "url = \"" + server.base() + m.group(1) + "\"");
                assertThat(main).contains(server.base());
                sums(c, main, work -> {}, Stability.PUBLIC_PREVIEW,
                        ctl -> summation(ctl).lastAdded() >= 10, ctl -> summation(ctl).lastAdded() <= -10);
            }
        }));
    }

    private static final Pattern URL = Pattern.compile("url = \"https?://[^/\"]+(/[^\"]*)\"");

    /** A passthrough module, what Alloy's import_http case fetches. */
    private static final String PASSTHROUGH_MODULE = """
            declare "a" {
              argument "input" {}

              testcomponents.passthrough "pt" {
                input = argument.input.value
                lag   = "1ms"
              }

              export "output" {
                value = testcomponents.passthrough.pt.output
              }
            }
            """;

    /** Alloy's stringer cases: the receivers' logs must read exactly as Go printed the values. */
    @TestFactory
    Stream<DynamicTest> foreachStringerCasesForwardGoSyntax() throws IOException {
        return cases("foreach_stringer").map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            try (Controller ctl = controller(Stability.EXPERIMENTAL)) {
                assertThat(ctl.load(Source.of("main.alloy", c.file("main.alloy"))).list()).isEmpty();
                logReads(ctl, "log", c.file("expected_debug_info.txt"));
                if (c.file("expected_debug_info2.txt") != null) {
                    logReads(ctl, "log2", c.file("expected_debug_info2.txt"));
                }
            }
        }));
    }

    private static void logReads(Controller ctl, String label, String expected) throws InterruptedException {
        try {
            Eventually.within(WAIT, () -> expected.equals(log(ctl, label)));
        } catch (AssertionError e) {
            assertThat(log(ctl, label)).as("log of " + label).isEqualTo(expected);
        }
    }

    private static String log(Controller ctl, String label) {
        return ctl.node("testcomponents.string_receiver." + label).map(BuiltinNode::component)
                .map(c -> ((StringerComponents.StringLog) c).log()).orElse(null);
    }

    private interface Check {
        boolean holds(Controller ctl);
    }

    private interface Prepare {
        void in(Path work) throws IOException;
    }

    private void sums(Case c, Stability level, Check initial, Check afterChange) throws Exception {
        sums(c, c.file("main.alloy"), work -> {}, level, initial, afterChange);
    }

    private void sums(Case c, String main, Prepare prepare, Stability level, Check initial, Check afterChange) throws Exception {
        Path work = Files.createTempDirectory(data, "work");
        prepare.in(work);
        for (Txtar.Entry e : c.archive().files()) {
            if (!Set.of("main.alloy", "reload_config.alloy", "error").contains(e.name()) && !e.name().startsWith("update/")) {
                write(work.resolve(e.name()), e.data());
            }
        }
        try (Controller ctl = controller(level, work)) {
            assertThat(ctl.load(Source.of("main.alloy", main)).list()).isEmpty();
            Eventually.within(WAIT, () -> initial.holds(ctl));
            for (Txtar.Entry e : c.archive().files()) {
                if (e.name().startsWith("update/")) {
                    write(work.resolve(e.name().substring("update/".length())), e.data());
                    Eventually.within(WAIT, () -> afterChange.holds(ctl));
                }
            }
            String reload = c.file("reload_config.alloy");
            if (reload != null) {
                assertThat(ctl.load(Source.of("reload_config.alloy", reload)).list()).isEmpty();
                Eventually.within(WAIT, () -> afterChange.holds(ctl));
            }
        }
    }

    /** Alloy's folder cases: modules in {@code tmpTest/}; the update removes, adds and rewrites files. */
    private void folder(Case c) throws Exception {
        Path work = Files.createTempDirectory(data, "work");
        Path dir = Files.createDirectories(work.resolve("tmpTest"));
        for (String name : List.of("module1.alloy", "module2.alloy", "removed.alloy", "utils/module2.alloy")) {
            if (c.file(name) != null) {
                write(dir.resolve(name), c.file(name).getBytes(StandardCharsets.UTF_8));
            }
        }
        try (Controller ctl = controller(Stability.PUBLIC_PREVIEW, work)) {
            assertThat(ctl.load(Source.of("main.alloy", c.file("main.alloy"))).list()).isEmpty();
            Eventually.within(WAIT, () -> summation(ctl).lastAdded() >= 10);
            if (c.file("removed.alloy") != null) {
                Files.delete(dir.resolve("removed.alloy"));
            }
            if (c.file("added.alloy") != null) {
                write(dir.resolve("added.alloy"), c.file("added.alloy").getBytes(StandardCharsets.UTF_8));
            }
            for (String[] update : new String[][] {{"update/module1.alloy", "module1.alloy"},
                    {"update/module2.alloy", "module2.alloy"}, {"utils/update_module2.alloy", "utils/module2.alloy"}}) {
                if (c.file(update[0]) != null) {
                    write(dir.resolve(update[1]), c.file(update[0]).getBytes(StandardCharsets.UTF_8));
                }
            }
            Eventually.within(WAIT, () -> summation(ctl).lastAdded() <= -10);
        }
    }

    private static void write(Path file, byte[] data) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, data);
    }

    private Controller controller(Stability level) {
        return controller(level, data);
    }

    private Controller controller(Stability level, Path work) {
        return controller(level, work, new ComponentMetrics());
    }

    private Controller controller(Stability level, Path work, ComponentMetrics metrics) {
        return new Controller(new ControllerOptions(AlloyTestComponents.registry(), work.resolve(".storage"), Clock.systemUTC(),
                level, metrics, name -> null, Set.of()).withWorkingDirectory(work));
    }

    private static AlloyTestComponents.SummationExports summation(Controller ctl) {
        Object e = ctl.node("testcomponents.summation.sum").map(BuiltinNode::exports).orElse(null);
        return e == null ? new AlloyTestComponents.SummationExports(0, 0) : (AlloyTestComponents.SummationExports) e;
    }

    private static long received(Controller ctl) {
        return ctl.node("testcomponents.summation_receiver.sum").map(BuiltinNode::component)
                .map(c -> ((AlloyTestComponents.SummationReceiver) c).sum()).orElse(0L);
    }


    private record Case(String name, Txtar archive) {
        String file(String fileName) {
            return archive.files().stream().filter(f -> f.name().equals(fileName)).findFirst()
                    .map(f -> new String(f.data(), StandardCharsets.UTF_8)).orElse(null);
        }
    }

    private static Stream<Case> cases(String folder) throws IOException {
        Path dir = SharedData.alloy("runtime").resolve(folder);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txtar")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(p -> {
            try {
                return new Case(p.getFileName() + ": " + Txtar.parse(Files.readAllBytes(p)).title().lines().findFirst().orElse(""),
                        Txtar.parse(Files.readAllBytes(p)));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }
}
