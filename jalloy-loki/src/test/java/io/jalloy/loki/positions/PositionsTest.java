package io.jalloy.loki.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PositionsTest {
    private static final System.Logger LOG = System.getLogger(PositionsTest.class.getName());

    @TempDir
    Path dir;

    private long pendingFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".pending")).count();
        }
    }

    @Test
    void aPreparedPositionReachesTheFileOnlyWhenCommitted() throws Exception {
        Path file = dir.resolve("positions.yml");
        Positions positions = Positions.open(file, LOG);
        PositionKey key = new PositionKey("/var/log/app.log", "{}");
        Positions.Prepared p = positions.prepare(key, 42);
        assertThat(Files.exists(file)).isFalse();
        assertThat(pendingFiles()).isEqualTo(1);
        positions.commit(p);
        assertThat(PositionsFile.read(file)).containsEntry(key, "42");
        assertThat(pendingFiles()).isZero();
        assertThat(positions.get(key)).isEqualTo(42);
    }

    @Test
    void aCommitAfterAnotherChangeWritesEverythingAgain() throws Exception {
        Path file = dir.resolve("positions.yml");
        Positions positions = Positions.open(file, LOG);
        PositionKey a = new PositionKey("/a.log", "{}");
        PositionKey b = new PositionKey("/b.log", "{}");
        Positions.Prepared p = positions.prepare(a, 10);
        positions.put(b, 7); // another reader, between prepare and commit
        positions.commit(p);
        assertThat(PositionsFile.read(file)).containsEntry(a, "10").containsEntry(b, "7");
        assertThat(pendingFiles()).isZero();
    }

    @Test
    void filesPreparedByAProcessThatDiedAreIgnoredAndDeletedOnOpen() throws Exception {
        Path file = dir.resolve("positions.yml");
        PositionKey key = new PositionKey("/a.log", "{}");
        Positions first = Positions.open(file, LOG);
        first.commit(first.prepare(key, 5));
        first.prepare(key, 99); // the process dies during the send
        Positions second = Positions.open(file, LOG);
        assertThat(second.get(key)).isEqualTo(5);
        assertThat(pendingFiles()).isZero();
    }
}
