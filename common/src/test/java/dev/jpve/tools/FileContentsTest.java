package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileContentsTest {
    private static final long PID = ProcessHandle.current().pid();
    private static final String L1 = "Et repudiandae deleniti dolorem harum deleniti enim.";
    private static final String L2 = "Reprehenderit minus ratione quia magnam.";

    @TempDir
    Path dir;

    @Test
    void writesAndReadsBackTheUpstreamTestFile() throws IOException {
        Path f = dir.resolve("file");
        FileContents.set(f, L1 + "\n" + L2 + "\n", 0644, false);
        assertThat(Files.size(f)).isEqualTo(94);
        assertThat(FileContents.getString(f, 0)).isEqualTo(L1 + "\n" + L2 + "\n");
        assertThat(FileContents.readFirstLine(f)).contains(L1);
        assertThat(FileContents.readLastLine(f)).contains(L2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "e4|false|e4",
        "e4|true|c3a4",
        "e4263a|false|c3a4e298ba",
    })
    void encodesStringsWithPerlsLatin1OrUtf8Rule(String utf16Hex, boolean force, String bytes)
            throws IOException {
        Path f = dir.resolve("enc");
        FileContents.set(f, fromUtf16Hex(utf16Hex), 0644, force);
        assertThat(HexFormat.of().formatHex(Files.readAllBytes(f))).isEqualTo(bytes);
    }

    @Test
    void forcedUtf8WritesTheUtf8BytesOfWideText() throws IOException {
        Path f = dir.resolve("utf8");
        String text = "ÄÖÜ™🚀🚀\n";
        FileContents.set(f, text, 0644, true);
        assertThat(FileContents.get(f, 0)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void appliesTheGivenPermissionAndTheDefault() throws IOException {
        FileContents.set(dir.resolve("p600"), new byte[0], 0600);
        FileContents.set(dir.resolve("pdef"), new byte[0]);
        assertThat(mode(dir.resolve("p600"))).isEqualTo("rw-------");
        assertThat(mode(dir.resolve("pdef"))).isEqualTo("rw-r--r--");
    }

    @Test
    void emptyDataCreatesAnEmptyFile() throws IOException {
        Path f = dir.resolve("empty");
        FileContents.set(f, new byte[0]);
        assertThat(Files.size(f)).isZero();
    }

    @Test
    void replacesAStaleTempFileAndLeavesNoTempFile() throws IOException {
        Path f = dir.resolve("stale");
        Files.writeString(dir.resolve("stale.tmp." + PID), "junk");
        FileContents.set(f, "fresh".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(f)).isEqualTo("fresh");
        assertThat(listNames()).containsExactly("stale");
    }

    @Test
    void failsToRenameOverANonEmptyDirectoryAndRemovesTheTempFile() throws IOException {
        Path target = Files.createDirectory(dir.resolve("d"));
        Files.writeString(target.resolve("inside"), "x");
        assertThatThrownBy(() -> FileContents.set(target, new byte[] {1}))
                .isInstanceOf(IOException.class)
                .hasMessage("close (rename) atomic file '" + target + "' failed: Is a directory\n");
        assertThat(listNames()).containsExactly("d");
    }

    @Test
    void failsToOpenTheTempFileInAMissingDirectory() {
        Path f = dir.resolve("missing/f");
        assertThatThrownBy(() -> FileContents.set(f, new byte[] {1}))
                .hasMessage("unable to open file '" + f + ".tmp." + PID
                        + "' - No such file or directory\n");
    }

    @Test
    void replacesASymlinkAndLeavesItsTargetAlone() throws IOException {
        Path real = Files.writeString(dir.resolve("real"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        FileContents.set(link, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(Files.readString(link)).isEqualTo("new");
        assertThat(Files.readString(real)).isEqualTo("old");
    }

    @Test
    void acceptsAFileOfExactlyMaxBytesAndRejectsOneMore() throws IOException {
        Path f = Files.write(dir.resolve("hundred"), new byte[100]);
        assertThat(FileContents.get(f, 100)).hasSize(100);
        assertThatThrownBy(() -> FileContents.get(f, 99))
                .hasMessage("file '" + f + "' too long - aborting\n");
    }

    @Test
    void limitsToOneMebibyteByDefault() throws IOException {
        Path f = Files.write(dir.resolve("big"), new byte[1024 * 1024 + 1]);
        for (long max : new long[] {0, -1}) {
            assertThatThrownBy(() -> FileContents.get(f, max))
                    .hasMessage("file '" + f + "' too long - aborting\n");
        }
        Files.write(f, new byte[1024 * 1024]);
        assertThat(FileContents.get(f, 0)).hasSize(1024 * 1024);
    }

    @Test
    void reportsMissingFilesAndDirectoriesWithUpstreamsTexts() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> FileContents.get(missing, 0))
                .hasMessage("can't open '" + missing + "' - No such file or directory\n");
        assertThatThrownBy(() -> FileContents.get(dir, 0))
                .hasMessage("unable to read file '" + dir + "' - Is a directory\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "''|NONE", "'\n'|''", "abc|abc", "'abc\n'|abc", "'abc\r\ndef\n'|'abc\r'", "0|0", "'\nx'|''",
    })
    void readsTheFirstLine(String content, String expected) throws IOException {
        Path f = Files.writeString(dir.resolve("first"), content);
        assertThat(FileContents.readFirstLine(f)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|''", "'\n'|''", "abc|abc", "'abc\n'|abc", "'a\nb'|b", "'a\nb\n'|b", "'a\n\n'|''",
        "'a\r\nb\r\n'|'b\r'", "'\n\n'|''",
    })
    void readsTheLastLine(String content, String expected) throws IOException {
        Path f = Files.writeString(dir.resolve("last"), content);
        assertThat(FileContents.readLastLine(f)).contains(expected);
    }

    @Test
    void findsTheLastLineBeyondOneReadChunk() throws IOException {
        Path f = Files.writeString(dir.resolve("long"), "x".repeat(5000) + "\nlast\n");
        assertThat(FileContents.readLastLine(f)).contains("last");
        Path g = Files.writeString(dir.resolve("oneline"), "y".repeat(9000) + "\n");
        assertThat(FileContents.readLastLine(g)).contains("y".repeat(9000));
    }

    @Test
    void readsNoLineOfAMissingFile() throws IOException {
        assertThat(FileContents.readFirstLine(dir.resolve("nope"))).isEmpty();
        assertThat(FileContents.readLastLine(dir.resolve("nope"))).isEmpty();
    }

    @Test
    void reportsAnUnreadableExistingFile() throws IOException {
        Path f = Files.writeString(dir.resolve("locked"), "x");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(f), "running as root");
        assertThatThrownBy(() -> FileContents.readFirstLine(f))
                .hasMessage("file '" + f + "' exists but open for reading failed - Permission denied\n");
    }

    @Test
    void copiesAFile() throws IOException {
        Path src = Files.writeString(dir.resolve("src"), "content\n");
        FileContents.copy(src, dir.resolve("dst"));
        assertThat(Files.readString(dir.resolve("dst"))).isEqualTo("content\n");
    }

    @Test
    void safePrintSkipsPerlFalseData() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FileContents.safePrint("f", out, "0");
        FileContents.safePrint("f", out, "");
        FileContents.safePrint("f", out, "1");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("1");
    }

    @Test
    void safePrintReportsAFailedWrite() {
        OutputStream broken = OutputStream.nullOutputStream();
        try {
            broken.close();
        } catch (IOException impossible) {
            throw new AssertionError(impossible);
        }
        assertThatThrownBy(() -> FileContents.safePrint("/x", broken, "data"))
                .hasMessage("write to '/x' failed\n");
    }

    @Test
    void threadsWritingTheSameFileNeverDisturbEachOther() throws Exception {
        Path f = dir.resolve("shared");
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var writes = java.util.stream.IntStream.range(0, 8).mapToObj(t -> pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    FileContents.set(f, ("writer " + t + "\n").repeat(100), 0644, false);
                }
                return null;
            })).toList();
            for (var write : writes) {
                write.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
        assertThat(Files.readString(f)).matches("(writer \\d\n)\\1{99}");
        assertThat(listNames()).containsExactly("shared");
    }

    @Test
    void rejectsAnOutOfRangePermission() {
        assertThatThrownBy(() -> FileContents.set(dir.resolve("f"), new byte[0], 010000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("perm");
    }

    private static String fromUtf16Hex(String hex) {
        byte[] b = HexFormat.of().parseHex(hex.length() % 4 == 0 ? hex : "00" + hex);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < b.length; i += 2) {
            s.append((char) (((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF)));
        }
        return s.toString();
    }

    private String[] listNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            String[] names = files.map(p -> p.getFileName().toString()).toArray(String[]::new);
            Arrays.sort(names);
            return names;
        }
    }

    private static String mode(Path f) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(f));
    }
}
