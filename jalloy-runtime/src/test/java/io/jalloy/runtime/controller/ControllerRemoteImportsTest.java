package io.jalloy.runtime.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.jalloy.runtime.controller.testcomponents.Pipeline;
import io.jalloy.syntax.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;

class ControllerRemoteImportsTest extends PipelineControllerTest {

    private static final String MODULE = """
            declare "twice" {
              argument "in" { }
              test.doubler "d" { input = argument.in.value }
              export "out" { value = test.doubler.d.output }
            }
            """;
    private static final String CHANGED = MODULE.replace("value = test.doubler.d.output", "value = test.doubler.d.output + 1");

    private static String using(String importBlock) {
        return importBlock + "lib.twice \"t\" { in = 4 }\ntest.doubler \"after\" { input = lib.twice.t.out }\n";
    }

    @Test
    void importHttpFetchesTheModuleAndFollowsItAtItsPollFrequency() throws Exception {
        try (ModuleServer server = ModuleServer.serving(MODULE)) {
            assertThat(load(using("import.http \"lib\" {\n  url = \"" + server.base() + "/m.alloy\"\n"
                    + "  poll_frequency = \"50ms\"\n}\n")).list()).isEmpty();
            assertThat(exports("test.doubler.after")).isEqualTo(new Pipeline.DoublerExports(16));
            server.serve(CHANGED);
            Eventually.holds(() -> new Pipeline.DoublerExports(18).equals(exports("test.doubler.after")));
        }
    }

    @Test
    void importHttpReportsAFailedFetchAtTheBlock() throws Exception {
        try (ModuleServer server = ModuleServer.serving(MODULE)) {
            String url = server.base();
            server.close();
            assertThat(load(using("import.http \"lib\" {\n  url = \"" + url + "/m.alloy\"\n  poll_timeout = \"1s\"\n}\n")).list())
                    .extracting(Diagnostic::message).first().asString().startsWith("Failed to evaluate node for config block: ");
        }
    }

    @Test
    void importGitChecksOutTheFileAndPullsNewCommits() throws Exception {
        Path repo = data.resolve("repo");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, repo, MODULE);
            assertThat(load(using("import.git \"lib\" {\n  repository = \"" + repo + "\"\n  path = \"m.alloy\"\n"
                    + "  pull_frequency = \"50ms\"\n}\n")).list()).isEmpty();
            assertThat(exports("test.doubler.after")).isEqualTo(new Pipeline.DoublerExports(16));
            commit(git, repo, CHANGED);
            Eventually.holds(() -> new Pipeline.DoublerExports(18).equals(exports("test.doubler.after")));
        }
    }

    @Test
    void importGitStaysAtATagWhileTheBranchMoves() throws Exception {
        Path repo = data.resolve("repo");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, repo, MODULE);
            git.tag().setName("v1").call();
            commit(git, repo, CHANGED);
            assertThat(load(using("import.git \"lib\" {\n  repository = \"" + repo + "\"\n  path = \"m.alloy\"\n"
                    + "  revision = \"v1\"\n}\n")).list()).isEmpty();
            assertThat(exports("test.doubler.after")).isEqualTo(new Pipeline.DoublerExports(16));
        }
    }

    @Test
    void importGitRefusesAnUnknownRevisionWithAlloysText() throws Exception {
        Path repo = data.resolve("repo");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, repo, MODULE);
            assertThat(load(using("import.git \"lib\" {\n  repository = \"" + repo + "\"\n  path = \"m.alloy\"\n"
                    + "  revision = \"nonexistent\"\n}\n")).list()).extracting(Diagnostic::message)
                    .contains("Failed to evaluate node for config block: invalid revision \"nonexistent\"");
        }
    }

    private static void commit(Git git, Path repo, String module) throws Exception {
        Files.writeString(repo.resolve("m.alloy"), module);
        git.add().addFilepattern("m.alloy").call();
        git.commit().setMessage("module").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").call();
    }
}
