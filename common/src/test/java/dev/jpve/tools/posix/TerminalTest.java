package dev.jpve.tools.posix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {
    private static final int O_NOCTTY = 0400;

    @Test
    void aPipeIsNoTerminalAndHasNoWidth() throws ErrnoException {
        int[] pipe = Fd.pipe(Fd.O_CLOEXEC);
        try {
            assertThat(Terminal.isTerminal(pipe[0])).isFalse();
            assertThat(Terminal.columns(pipe[1])).isEmpty();
        } finally {
            Fd.close(pipe[0]);
            Fd.close(pipe[1]);
        }
    }

    @Test
    void aPseudoTerminalIsATerminal() throws ErrnoException {
        int master = Fd.open("/dev/ptmx", Fd.O_RDWR | O_NOCTTY | Fd.O_CLOEXEC, 0);
        try {
            assertThat(Terminal.isTerminal(master)).isTrue();
            // a new pseudo terminal has no size yet: 0 columns count as unknown
            assertThat(Terminal.columns(master)).isEmpty();
        } finally {
            Fd.close(master);
        }
    }

    @Test
    void devNullAndRegularFilesAreNoTerminals(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("f"), "x");
        for (String path : new String[] {"/dev/null", file.toString()}) {
            int fd = Fd.open(path, Fd.O_RDWR | Fd.O_CLOEXEC, 0);
            try {
                assertThat(Terminal.mayBeTerminal(fd)).as(path).isFalse();
                assertThat(Terminal.isTerminal(fd)).as(path).isFalse();
            } finally {
                Fd.close(fd);
            }
        }
    }
}
