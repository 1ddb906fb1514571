package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcEntryTest {
    @TempDir
    Path dir;

    @Test
    void writesIntoAnExistingFileWithoutTruncatingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("entry"), "0123456789");

        ProcEntry.write(file, "ab");

        assertThat(Files.readString(file)).isEqualTo("ab23456789");
    }

    @Test
    void reportsAFileItCannotOpenInUpstreamsWords() {
        Path missing = dir.resolve("missing");

        assertThatThrownBy(() -> ProcEntry.write(missing, "1"))
                .isInstanceOf(IOException.class)
                .hasMessage("unable to open file '" + missing + "' - No such file or directory\n");
        assertThat(missing).doesNotExist();
    }

    @Test
    void reportsARejectedShortValueAsAFailureToClose() {
        assertThatThrownBy(() -> ProcEntry.write(Path.of("/dev/full"), "1"))
                .hasMessage("closing file '/dev/full' failed - No space left on device\n");
    }

    @Test
    void reportsARejectedLongValueAsAFailureToWrite() {
        assertThatThrownBy(() -> ProcEntry.write(Path.of("/dev/full"), "x".repeat(10000)))
                .hasMessage("unable to write '/dev/full' - No space left on device\n");
    }
}
