package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskUsageTest {
    @Test
    void dfReportsTheFileSystemOfThePathInBytes() throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        DiskUsage.Space space = DiskUsage.df(dir, Duration.ofMinutes(2)).orElseThrow();
        assertThat(space.total()).isEqualTo(Files.getFileStore(dir).getTotalSpace());
        assertThat(space.used()).isBetween(0L, space.total());
        assertThat(space.avail()).isBetween(0L, space.total());
    }

    @Test
    void dfOfAMissingPathIsEmpty() {
        assertThat(DiskUsage.df(Path.of("/nonexistent/dir"), Duration.ofMinutes(2))).isEmpty();
    }

    @Test
    void duCountsTheBytesUnderADirectory(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a"), new byte[1000]);
        Files.write(dir.resolve("b"), new byte[24]);
        long expected = Long.parseLong(new String(new ProcessBuilder("du", "-sb", dir.toString()).start()
                .getInputStream().readAllBytes()).split("\\s+")[0]);
        assertThat(DiskUsage.du(dir, null)).hasValue(expected);
    }
}
