package io.jalloy.runtime.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.runtime.controller.testcomponents.Pipeline;
import io.jalloy.syntax.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ControllerImportsTest extends PipelineControllerTest {

    private static final String MODULE = """
            declare "twice" {
              argument "in" { }
              test.doubler "d" { input = argument.in.value }
              export "out" { value = test.doubler.d.output }
            }
            """;





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
        controller = new Controller(options().withWorkingDirectory(work));
        assertThat(load("import.file \"lib\" {\n  filename = \"module.alloy\"\n}\n"
                + "lib.twice \"t\" { in = 1 }\n"
                + "test.doubler \"after\" { input = lib.twice.t.out }\n").list()).isEmpty();
        assertThat(exports("test.doubler.after")).isEqualTo(new Pipeline.DoublerExports(4));
        Files.writeString(work.resolve("module.alloy"), MODULE.replace("value = test.doubler.d.output", "value = 100"));
        Eventually.holds(() -> new Pipeline.DoublerExports(200).equals(exports("test.doubler.after")));
    }
}
