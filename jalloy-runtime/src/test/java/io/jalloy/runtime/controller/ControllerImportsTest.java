package io.jalloy.runtime.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.runtime.controller.testcomponents.Pipeline;
import io.jalloy.runtime.metrics.ComponentMetrics;
import io.jalloy.runtime.node.BuiltinNode;
import io.jalloy.runtime.registry.ComponentRegistry;
import io.jalloy.syntax.diag.Diagnostic;
import io.jalloy.syntax.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControllerImportsTest {
    @TempDir
    Path data;
    private Controller controller;

    private static final String MODULE = """
            declare "twice" {
              argument "in" { }
              test.doubler "d" { input = argument.in.value }
              export "out" { value = test.doubler.d.output }
            }
            """;

    @BeforeEach
    void start() {
        ComponentRegistry registry = ComponentRegistry.of(List.of(new Pipeline.SourceProvider(), new Pipeline.DoublerProvider()));
        controller = new Controller(ControllerOptions.defaults(registry, data.resolve("data"), new ComponentMetrics()));
    }

    @AfterEach
    void stop() {
        controller.close();
    }

    private Diagnostics load(String config) {
        return controller.load(Source.of("main.alloy", config));
    }

    private Object exports(String id) {
        return controller.node(id).map(BuiltinNode::exports).orElse(null);
    }

    @Test
    void importStringDeclaresRunUnderTheImportsNamespace() {
        assertThat(load("import.string \"lib\" {\n  content = `" + MODULE + "`\n}\n"
                + "lib.twice \"t\" { in = 4 }\n"
                + "test.doubler \"after\" { input = lib.twice.t.out }\n").list()).isEmpty();
        assertThat(exports("test.doubler.after")).isEqualTo(new Pipeline.DoublerExports(16));
        assertThat(controller.listComponents("lib.twice.t")).extracting(i -> i.localId()).containsExactly("test.doubler.d");
    }

    @Test
    void importFileReadsAFileOrEveryAlloyFileOfADirectory() throws Exception {
        Path dir = Files.createDirectories(data.resolve("modules"));
        Files.writeString(dir.resolve("a.alloy"), MODULE);
        Files.writeString(dir.resolve("b.alloy"), MODULE.replace("\"twice\"", "\"again\""));
        assertThat(load("import.file \"lib\" {\n  filename = \"" + dir.toString().replace("\\", "/") + "\"\n}\n"
                + "lib.again \"t\" { in = 1 }\n"
                + "test.doubler \"after\" { input = lib.again.t.out }\n").list()).isEmpty();
        assertThat(exports("test.doubler.after")).isEqualTo(new Pipeline.DoublerExports(4));
    }

    @Test
    void aNameTheImportDoesNotDefineFailsWithAlloysText() {
        assertThat(load("import.string \"testImport\" {\n  content = `" + MODULE + "`\n}\n"
                + "testImport.cantAccessThis \"x\" { }\n").list()).extracting(Diagnostic::message).containsExactly(
                "Failed to build component: loading custom component controller: custom component config not found in the "
                        + "registry, namespace: \"testImport\", componentName: \"cantAccessThis\"");
    }

    @Test
    void importedDeclaresCannotUseDeclaresOfTheImportingConfig() {
        assertThat(load("""
                declare "cantAccessThis" { }
                import.string "testImport" {
                  content = `declare "a" {
                    cantAccessThis "default" {}
                  }`
                }
                testImport.a "cc" {}
                """).list()).extracting(Diagnostic::message)
                .containsExactly("cannot find the definition of component name \"cantAccessThis\"");
    }

    @Test
    void importedContentMayOnlyHoldDeclares() {
        assertThat(load("import.string \"lib\" {\n  content = `test.source \"x\" { value = 1 }`\n}\n").list())
                .extracting(Diagnostic::message).singleElement().asString()
                .contains("only declare and import blocks are allowed in a module");
    }

    @Test
    void importFileFollowsChangesToTheFile() throws Exception {
        Path work = Files.createDirectories(data.resolve("work"));
        Files.writeString(work.resolve("module.alloy"), MODULE);
        controller.close();
        ComponentRegistry registry = ComponentRegistry.of(List.of(new Pipeline.SourceProvider(), new Pipeline.DoublerProvider()));
        controller = new Controller(ControllerOptions.defaults(registry, data.resolve("data"), new ComponentMetrics())
                .withWorkingDirectory(work));
        assertThat(load("import.file \"lib\" {\n  filename = \"module.alloy\"\n}\n"
                + "lib.twice \"t\" { in = 1 }\n"
                + "test.doubler \"after\" { input = lib.twice.t.out }\n").list()).isEmpty();
        assertThat(exports("test.doubler.after")).isEqualTo(new Pipeline.DoublerExports(4));
        Files.writeString(work.resolve("module.alloy"), MODULE.replace("value = test.doubler.d.output", "value = 100"));
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!new Pipeline.DoublerExports(200).equals(exports("test.doubler.after")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(exports("test.doubler.after")).isEqualTo(new Pipeline.DoublerExports(200));
    }
}
