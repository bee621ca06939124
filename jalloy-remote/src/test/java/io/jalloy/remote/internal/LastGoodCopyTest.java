package io.jalloy.remote.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastGoodCopyTest {
    @TempDir
    Path dataPath;

    @Test
    void aSavedCopyIsLoadedBackWithItsTime() throws Exception {
        LastGoodCopy copy = LastGoodCopy.in(dataPath.resolve("remote.http.config"));
        copy.save("s3://b/k", "content ✓");

        LastGoodCopy reopened = LastGoodCopy.in(dataPath.resolve("remote.http.config"));
        assertThat(reopened.load("s3://b/k")).get().extracting(LastGoodCopy.Saved::content).isEqualTo("content ✓");
        assertThat(reopened.load("s3://b/k").get().savedAt()).isNotNull();
        assertThat(reopened.load("s3://b/other")).isEmpty();
    }

    @Test
    void nothingIsLoadedBeforeAnythingWasSaved() {
        assertThat(LastGoodCopy.in(dataPath).load("s3://b/k")).isEmpty();
    }

    @Test
    void aComponentWithoutDataPathKeepsNoCopy() throws Exception {
        LastGoodCopy copy = LastGoodCopy.none();
        copy.save("s", "x");
        assertThat(copy.load("s")).isEmpty();
    }

    @Test
    void theSourceIsStoredOnlyAsAHash() throws Exception {
        LastGoodCopy.in(dataPath).save("https://host/cfg?token=abc123", "content");

        assertThat(java.nio.file.Files.readString(dataPath.resolve(LastGoodCopy.FILE_NAME)))
                .doesNotContain("abc123")
                .endsWith("\ncontent");
    }

    @Test
    void deletingRemovesTheCopyAndToleratesItsAbsence() throws Exception {
        LastGoodCopy copy = LastGoodCopy.in(dataPath);
        copy.save("s", "x");
        copy.delete();
        copy.delete();
        assertThat(copy.load("s")).isEmpty();
    }
}
