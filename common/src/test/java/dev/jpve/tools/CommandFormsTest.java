package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What each form of command executes ({@link Command#argv()}) and shows ({@link Command#cmdstr()}). */
class CommandFormsTest {

    @Test
    void argvIsExecutedAsGivenAndQuotedForMessages() {
        Command c = Command.of("ls", "-l", "my file", "a=b");
        assertThat(c.argv()).containsExactly("ls", "-l", "my file", "a=b");
        assertThat(c.cmdstr()).isEqualTo("ls -l 'my file' 'a=b'");
    }

    @Test
    void stringWithPipeRunsInBashWithPipefail() {
        Command c = Command.shell("echo a | false");
        assertThat(c.argv()).containsExactly("/bin/bash", "-c", "set -o pipefail && echo a | false");
        assertThat(c.cmdstr()).isEqualTo("echo a | false");
    }

    @Test
    void stringWithoutMetacharactersIsSplitOnWhitespace() {
        assertThat(Command.shell("  echo   a # b ").argv()).containsExactly("echo", "a", "#", "b");
        assertThat(Command.shell("echo a\n").argv()).containsExactly("echo", "a");
    }

    @Test
    void stringWithMetacharactersRunsInSh() {
        for (String line : List.of("echo $HOME", "a && b", "echo 'x'", "ls *", "cat <f", "x\ny", "a ~b", "a;b")) {
            assertThat(Command.shell(line).argv()).as(line).containsExactly("/bin/sh", "-c", line);
        }
    }

    @Test
    void shellBuiltinsAndAssignmentsRunInSh() {
        for (String line : List.of(". /etc/profile", "exec true", "FOO=bar env", "=x")) {
            assertThat(Command.shell(line).argv()).as(line).containsExactly("/bin/sh", "-c", line);
        }
    }

    @Test
    void leadingWhitespaceIsDroppedBeforeTheShell() {
        assertThat(Command.shell("  echo $x").argv()).containsExactly("/bin/sh", "-c", "echo $x");
        assertThat(Command.shell("  echo $x").cmdstr()).isEqualTo("  echo $x");
    }

    @Test
    void trailingStderrRedirectIsStrippedFromTheWords() {
        assertThat(Command.shell("ls /x 2>&1").argv()).containsExactly("ls", "/x");
        assertThat(Command.shell("ls /x 2>&1 y").argv()).containsExactly("/bin/sh", "-c", "ls /x 2>&1 y");
    }

    @Test
    void singleElementArgvFollowsTheStringRule() {
        Command c = Command.of(List.of("echo a"));
        assertThat(c.argv()).containsExactly("echo", "a");
        assertThat(c.cmdstr()).isEqualTo("'echo a'");
    }

    @Test
    void pipelineQuotesWordsAndInsertsRawFragments() {
        Command c = Command.pipeline(List.of("zcat", "my file"), List.of("tar", "x", Arg.raw("2>/dev/null")));
        String script = "set -o pipefail && zcat 'my file' | tar x 2>/dev/null";
        assertThat(c.argv()).containsExactly("/bin/bash", "-c", script);
        assertThat(c.cmdstr()).isEqualTo(script);
    }

    @Test
    void pipelineRejectsOtherElementTypes() {
        assertThatThrownBy(() -> Command.pipeline(List.of("echo", 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Command.pipeline(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void optionsReturnChangedCopies() {
        Command plain = Command.of("true");
        Command quiet = plain.quiet();
        assertThat(quiet).isNotSameAs(plain);
        assertThat(quiet.argv()).isEqualTo(plain.argv());
    }

    @Test
    void optionArgumentsAreChecked() {
        Command c = Command.of("true");
        assertThatThrownBy(() -> c.umask(01000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.timeout(java.time.Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.inputFrom(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Command.of("a\0b")).isInstanceOf(IllegalArgumentException.class);
    }
}
