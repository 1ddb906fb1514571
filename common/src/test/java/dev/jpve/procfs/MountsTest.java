package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MountsTest {
    @Test
    void parsesTheObservedTableWithTheTrailingNumbersSwapped() {
        String text = "/dev/sda1 /mnt/my\\040disk ext4 rw,relatime 1 2\n#comment\n  tmpfs /tmp tmpfs rw 0 0\n";

        assertThat(Mounts.parse(text)).containsExactly(
                new MountEntry("/dev/sda1", "/mnt/my disk", "ext4", "rw,relatime", "2", "1"),
                new MountEntry("tmpfs", "/tmp", "tmpfs", "rw", "0", "0"));
    }

    @Test
    void defaultsMissingNumbersToZero() {
        assertThat(Mounts.parse("none /x tmpfs rw 3\nnone /y tmpfs rw\n")).containsExactly(
                new MountEntry("none", "/x", "tmpfs", "rw", "3", "0"),
                new MountEntry("none", "/y", "tmpfs", "rw", "0", "0"));
    }

    @Test
    void takesACommentAfterLeadingWhitespaceAsAnEntryAsPerlDoes() {
        // perl: "  #c" =~ /^\s*([^#].*)$/ captures " #c"; blank lines are skipped
        assertThat(Mounts.parse("  #c\n\n   \nx y z w 1 2\n")).containsExactly(
                new MountEntry("", "#c", "", "", "0", "0"),
                new MountEntry("x", "y", "z", "w", "2", "1"));
    }

    @Test
    void decodesTheKernelsOctalEscapes() {
        assertThat(Mounts.decode("a\\040b\\011c\\012d\\134e\\\\f")).isEqualTo("a b\tc\nd\\e\\f");
    }

    @Test
    void decodesOneKindAfterTheOther() {
        // \134 becomes a backslash first, then the resulting \\ collapses again
        assertThat(Mounts.decode("\\134\\134")).isEqualTo("\\");
    }

    @Test
    void findsTheRootFileSystemMounted() {
        assertThat(Mounts.isMounted(Path.of("/"))).isTrue();
        assertThat(Mounts.isMounted(Path.of("/proc"))).isTrue();
    }

    @Test
    void doesNotFindAMissingOrUnmountedPath() {
        assertThat(Mounts.isMounted(Path.of("/no/such/path"))).isFalse();
        assertThat(Mounts.isMounted(Path.of("/proc/self/fd/.."))).isFalse();
    }

    @Test
    void readsThisMachine() {
        assertThat(Mounts.readParsed()).anySatisfy(entry -> assertThat(entry.dir()).isEqualTo("/"));
    }
}
