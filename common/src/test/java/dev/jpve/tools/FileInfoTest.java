package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileInfoTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileDoesNotExistAndHasNoSize() {
        assertThat(FileInfo.exists(dir.resolve("missing"))).isFalse();
        assertThat(FileInfo.size(dir.resolve("missing"))).isEmpty();
    }

    @Test
    void aRegularFileExistsAndHasItsSize() throws IOException {
        Path f = Files.writeString(dir.resolve("f"), "x".repeat(94));
        assertThat(FileInfo.exists(f)).isTrue();
        assertThat(FileInfo.size(f)).hasValue(94);
    }

    @Test
    void anEmptyFileExistsButHasNoSize() throws IOException {
        Path f = Files.createFile(dir.resolve("empty"));
        assertThat(FileInfo.exists(f)).isTrue();
        assertThat(FileInfo.size(f)).isEmpty();
    }

    @Test
    void aDirectoryIsNoFileAndASymlinkToAFileIs() throws IOException {
        Path f = Files.writeString(dir.resolve("f"), "x");
        Path link = Files.createSymbolicLink(dir.resolve("link"), f);
        assertThat(FileInfo.exists(dir)).isFalse();
        assertThat(FileInfo.exists(link)).isTrue();
    }
}
