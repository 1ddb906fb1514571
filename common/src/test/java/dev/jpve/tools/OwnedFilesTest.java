package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnedFilesTest {
    @TempDir
    Path dir;

    @Test
    void createsTheFileAndItsParentsOwnedAsAsked() throws IOException {
        int uid = (Integer) Files.getAttribute(dir, "unix:uid");
        Path f = dir.resolve("a/b/log");
        try (OutputStream out = OwnedFiles.create(f, uid, -1, OwnedFiles.DEFAULT_PERM)) {
            out.write("line\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(Files.readString(f)).isEqualTo("line\n");
        assertThat(Files.getAttribute(f, "unix:uid")).isEqualTo(uid);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r-----");
    }

    @Test
    void givesTheFileToAnotherUserWhenRunAsRoot() throws IOException {
        assumeTrue(Integer.valueOf(0).equals(Files.getAttribute(dir, "unix:uid")), "needs root");
        Path f = dir.resolve("nobody");
        OwnedFiles.create(f, 65534, 65534, 0600).close();
        assertThat(Files.getAttribute(f, "unix:uid", LinkOption.NOFOLLOW_LINKS)).isEqualTo(65534);
        assertThat(Files.getAttribute(f, "unix:gid", LinkOption.NOFOLLOW_LINKS)).isEqualTo(65534);
    }

    @Test
    void refusesAnExistingFile() throws IOException {
        Path f = Files.createFile(dir.resolve("exists"));
        assertThatThrownBy(() -> OwnedFiles.create(f, 0, -1, 0640))
                .isInstanceOf(IOException.class)
                .hasMessage("unable to create file '" + f + "' - File exists\n");
    }

    @Test
    void removesTheFileWhenTheOwnerCannotBeChanged() throws IOException {
        assumeTrue(!Integer.valueOf(0).equals(Files.getAttribute(dir, "unix:uid")), "root may chown");
        Path f = dir.resolve("x");
        assertThatThrownBy(() -> OwnedFiles.create(f, 0, -1, 0640))
                .hasMessage("failed to change owner of '" + f + "' to 0:-1 - Operation not permitted\n");
        assertThat(Files.exists(f)).isFalse();
    }
}
