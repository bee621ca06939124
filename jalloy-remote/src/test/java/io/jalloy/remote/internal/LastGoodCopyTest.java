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
        copy.save("content ✓");

        LastGoodCopy reopened = LastGoodCopy.in(dataPath.resolve("remote.http.config"));
        assertThat(reopened.load()).get().extracting(LastGoodCopy.Saved::content).isEqualTo("content ✓");
        assertThat(reopened.load().get().savedAt()).isNotNull();
    }

    @Test
    void nothingIsLoadedBeforeAnythingWasSaved() {
        assertThat(LastGoodCopy.in(dataPath).load()).isEmpty();
    }

    @Test
    void aComponentWithoutDataPathKeepsNoCopy() throws Exception {
        LastGoodCopy copy = LastGoodCopy.none();
        copy.save("x");
        assertThat(copy.load()).isEmpty();
    }

    @Test
    void deletingRemovesTheCopyAndToleratesItsAbsence() throws Exception {
        LastGoodCopy copy = LastGoodCopy.in(dataPath);
        copy.save("x");
        copy.delete();
        copy.delete();
        assertThat(copy.load()).isEmpty();
    }
}
