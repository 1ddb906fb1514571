package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFileTest {
    private static final byte[] SECRET = "secret\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void namesTheDescriptorUnderThisProcessesPid() throws IOException {
        try (TempFile file = TempFile.withContents(SECRET)) {
            long pid = ProcessHandle.current().pid();
            assertThat(file.path().toString()).isEqualTo("/proc/" + pid + "/fd/" + file.fd());
            assertThat(Files.readAllBytes(file.path())).isEqualTo(SECRET);
        }
    }

    @Test
    void isReadableByAChildProcess() throws Exception {
        try (TempFile file = TempFile.withContents(SECRET)) {
            Process cat = new ProcessBuilder("cat", file.path().toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] out = cat.getInputStream().readAllBytes();
            assertThat(cat.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(cat.exitValue()).isZero();
            assertThat(out).isEqualTo(SECRET);
        }
    }

    @Test
    void isAnonymousAndPrivateByDefault() throws IOException {
        try (TempFile file = TempFile.withContents(SECRET)) {
            assertThat(Files.readSymbolicLink(file.path()).toString()).endsWith(" (deleted)");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void vanishesWhenClosed() throws IOException {
        TempFile file = TempFile.withContents(SECRET);
        Path link = file.path();
        file.close();
        file.close();
        assertThat(Files.exists(link)).isFalse();
    }

    @Test
    void createsInAGivenDirectory(@TempDir Path dir) throws IOException {
        try (TempFile file = TempFile.create(dir, 0600)) {
            assertThat(Files.readSymbolicLink(file.path()).toString()).startsWith(dir + "/#");
        }
        try (var entries = Files.list(dir)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void reportsAMissingDirectory(@TempDir Path dir) {
        assertThatThrownBy(() -> TempFile.create(dir.resolve("nope"), 0600))
                .isInstanceOf(IOException.class)
                .hasMessage("failed to create tempfile: No such file or directory\n");
    }
}
