package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Vectors T3 of spec/tools.md, run against real processes. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CommandTest {
    @TempDir
    Path tmp;

    private final List<String> out = new ArrayList<>();
    private final List<String> err = new ArrayList<>();
    private final List<String> log = new ArrayList<>();

    @Test
    void printfLinesReachOutfunc() {
        assertThat(Command.of("printf", "first\nsecond\n").outfunc(out::add).run()).isZero();
        assertThat(out).containsExactly("first", "second");
    }

    @Test
    void inputIsWrittenToStdin() {
        Command.of("tr", "a-z", "A-Z").input("hello\n").outfunc(out::add).run();
        assertThat(String.join("", out)).isEqualTo("HELLO");
    }

    @Test
    void pipelineFeedsEachMemberIntoTheNext() {
        Command.pipeline(List.of("printf", "c\nb\na\n"), List.of("sort")).outfunc(out::add).run();
        assertThat(String.join("", out)).isEqualTo("abc");
    }

    @Test
    void falseWithNoerrReturnsItsExitCode() {
        assertThat(Command.of("false").noerr().run()).isEqualTo(1);
    }

    @Test
    void falseFailsWithUpstreamText() {
        assertThatThrownBy(() -> Command.of("false").run())
                .isInstanceOf(CommandException.class)
                .hasMessage("command 'false' failed: exit code 1\n");
    }

    @Test
    void trueReturnsZero() {
        assertThat(Command.of("true").run()).isZero();
    }

    @Test
    void exitCodeAppearsInTheMessageWithQuotedCmdstr() {
        assertThatThrownBy(() -> Command.of("sh", "-c", "exit 3").run())
                .hasMessage("command 'sh -c 'exit 3'' failed: exit code 3\n");
    }

    @Test
    void deathBySignalIsReportedAsSignalNotExitCode() {
        Command killed = Command.of("sh", "-c", "kill -9 $$");
        assertThatThrownBy(killed::run).hasMessage("command 'sh -c 'kill -9 $$'' failed: got signal 9\n");
        assertThat(killed.noerr().run()).isEqualTo(-1);
    }

    @Test
    void timeoutFailsEvenWithNoerrAndErrmsg() {
        Command sleeper = Command.of("sleep", "60").timeout(Duration.ofMillis(200));
        for (Command c : List.of(sleeper, sleeper.noerr(), sleeper.errmsg("oops"))) {
            assertThatThrownBy(c::run).hasMessage("command 'sleep 60' failed: got timeout\n");
        }
    }

    @Test
    void errmsgWithholdsTheLastStderrLineAsTheError() {
        String stderr = capturingStderr(() -> assertThatThrownBy(
                () -> Command.of("sh", "-c", "echo e1 >&2; echo e2 >&2; exit 3").errmsg("oops").run())
                .hasMessage("oops: e2\n"));
        assertThat(stderr).isEqualTo("e1\n");
    }

    @Test
    void errmsgReleasesEveryLineOnSuccess() {
        String stderr = capturingStderr(() -> assertThat(
                Command.of("sh", "-c", "echo e1 >&2; echo e2 >&2; exit 0").errmsg("oops").run()).isZero());
        assertThat(stderr).isEqualTo("e1\ne2\n");
    }

    @Test
    void errmsgWithoutStderrNamesTheExitCode() {
        assertThatThrownBy(() -> Command.of("sh", "-c", "exit 4").errmsg("oops").run())
                .hasMessage("oops: exit code 4\n");
    }

    @Test
    void errmsgReportsASignalAndReleasesTheWithheldLine() {
        String stderr = capturingStderr(() -> assertThatThrownBy(
                () -> Command.of("sh", "-c", "echo e1 >&2; kill -9 $$").errmsg("oops").run())
                .hasMessage("oops: got signal 9\n"));
        assertThat(stderr).isEqualTo("e1\n");
    }

    @Test
    void errmsgPassesReleasedLinesToErrfuncWithNewline() {
        assertThatThrownBy(() -> Command.of("sh", "-c", "echo e1 >&2; echo e2 >&2; exit 3")
                .errmsg("oops").errfunc(err::add).run()).hasMessage("oops: e2\n");
        assertThat(err).containsExactly("e1\n");
    }

    @Test
    void errmsgNeverReleasesPerlFalseLines() {
        Command.of("sh", "-c", "echo e1 >&2; echo '' >&2; echo 0 >&2; echo e2 >&2")
                .errmsg("oops").errfunc(err::add).run();
        assertThat(err).containsExactly("e1\n", "e2\n");
    }

    @Test
    void errmsgStripsUsermodPrefixForUsermod() throws IOException {
        Path usermod = script("usermod", "echo 'usermod: user x is busy' >&2; exit 8");
        assertThatThrownBy(() -> Command.of(usermod.toString(), "-L", "x").errmsg("lock failed").run())
                .hasMessage("lock failed: user x is busy\n");
    }

    @Test
    void shellStringWithPipeRunsInBashWithPipefail() {
        assertThatThrownBy(() -> Command.shell("echo a | false").run())
                .hasMessage("command 'echo a | false' failed: exit code 1\n");
    }

    @Test
    void pipelineCmdstrIncludesThePipefailPrefix() {
        assertThatThrownBy(() -> Command.pipeline(List.of("echo", "a b"), List.of("false")).run())
                .hasMessage("command 'set -o pipefail && echo 'a b' | false' failed: exit code 1\n");
    }

    @Test
    void rawPipelineArgumentIsShellSyntax() {
        Command.pipeline(List.of("echo", "hello", Arg.raw(">/dev/null"))).outfunc(out::add).run();
        assertThat(out).isEmpty();
    }

    @Test
    void plainPipelineArgumentIsQuoted() {
        Command.pipeline(List.of("echo", "hello", ">/dev/null")).outfunc(out::add).run();
        assertThat(out).containsExactly("hello >/dev/null");
    }

    @Test
    void rsyncExitCode24IsNoError() throws IOException {
        Path rsync = script("rsync", "exit 24");
        assertThat(Command.of(rsync.toString(), "-a", "x", "y").run()).isEqualTo(24);
        assertThat(Command.of(rsync.toString(), "-a", "x", "y").errmsg("sync failed").run()).isEqualTo(24);
    }

    @Test
    void exitCode24OfOtherCommandsIsAnError() {
        assertThatThrownBy(() -> Command.of("sh", "-c", "exit 24").run())
                .hasMessage("command 'sh -c 'exit 24'' failed: exit code 24\n");
    }

    @Test
    void outfuncFailureKillsTheChildAndBecomesTheError() {
        Command c = Command.of("sh", "-c", "echo a; sleep 600; echo b").outfunc(line -> {
            throw new IllegalStateException("boom");
        });
        assertThatThrownBy(c::run).hasMessage("command 'sh -c 'echo a; sleep 600; echo b'' failed: boom\n")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(c.noerr().run()).isEqualTo(-1);
    }

    @Test
    void finalUnterminatedZeroIsDropped() {
        Command.of("printf", "a\n0").outfunc(out::add).run();
        assertThat(out).containsExactly("a");
    }

    @Test
    void finalUnterminatedLineIsFlushed() {
        Command.of("printf", "a\nx").outfunc(out::add).run();
        assertThat(out).containsExactly("a", "x");
    }

    @Test
    void carriageReturnsBackspacesAndEmptyLinesSplitLikeUpstream() {
        Command.of("printf", "a\\rb\\r\\nc\\x08\\x08d\\n\\ne").outfunc(out::add).run();
        assertThat(out).containsExactly("a", "b", "c", "d", "", "e");
    }

    @Test
    void logfuncSeesBothStreamsWithStdoutRemainderFirst() {
        Command.of("sh", "-c", "echo o1; echo e1 >&2; printf o2; printf e2 >&2").logfunc(log::add).run();
        assertThat(log).hasSize(4);
        assertThat(log.subList(0, 2)).containsExactlyInAnyOrder("o1", "e1");
        assertThat(log.subList(2, 4)).containsExactly("o2", "e2");
    }

    @Test
    void childGetsCLocaleAndLvmVariableUnlessLocaleIsKept() {
        Command env = Command.of("sh", "-c", "echo LC_ALL=${LC_ALL-unset} LVM=$LVM_SUPPRESS_FD_WARNINGS");
        env.outfunc(out::add).run();
        env.keeplocale().outfunc(out::add).run();
        String inherited = System.getenv("LC_ALL") == null ? "unset" : System.getenv("LC_ALL");
        assertThat(out).containsExactly("LC_ALL=C LVM=1", "LC_ALL=" + inherited + " LVM=1");
    }

    @Test
    void umaskAppliesToTheChildOnly() throws IOException {
        String before = ownUmask();
        Command.of("sh", "-c", "umask").umask(0077).outfunc(out::add).run();
        assertThat(out).containsExactly("0077");
        assertThat(ownUmask()).isEqualTo(before);
    }

    @Test
    void umaskZeroIsHonoured() {
        Command.of("sh", "-c", "umask").umask(0).outfunc(out::add).run();
        assertThat(out).containsExactly("0000");
    }

    @Test
    void catEchoesInputWithoutTrailingNewline() {
        Command.of("cat").input("x\ny").outfunc(out::add).run();
        assertThat(out).containsExactly("x", "y");
    }

    @Test
    void afterforkRunsOnceOnTheCallingThread() {
        AtomicInteger calls = new AtomicInteger();
        Thread caller = Thread.currentThread();
        Command.of("true").afterfork(() -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            calls.incrementAndGet();
        }).run();
        assertThat(calls).hasValue(1);
    }

    @Test
    void afterforkFailureBecomesTheError() {
        assertThatThrownBy(() -> Command.of("sleep", "600").afterfork(() -> {
            throw new IllegalStateException("no cgroup\n");
        }).run()).hasMessage("command 'sleep 600' failed: no cgroup\n");
    }

    @Test
    void stringWithoutMetacharactersRunsWithoutShell() {
        Command.shell("echo a # b").outfunc(out::add).run();
        Command.shell("echo   a    b").outfunc(out::add).run();
        assertThat(out).containsExactly("a # b", "a b");
    }

    @Test
    void quotedPipeStillSelectsBash() {
        Command.shell("echo 'a|b'").outfunc(out::add).run();
        assertThat(out).containsExactly("a|b");
    }

    @Test
    void assignmentPrefixSelectsTheShell() {
        Command.shell("FOO=bar env").outfunc(out::add).run();
        assertThat(out).contains("FOO=bar");
    }

    @Test
    void shellReportsAMissingProgramAsItsOwnError() {
        assertThat(Command.shell("/nonexistent/cmd a; true").errfunc(err::add).run()).isZero();
        assertThat(err).singleElement().asString().startsWith("sh: ").contains("not found");
    }

    @Test
    void trailingStderrRedirectIsDoneWithoutShell() {
        Command.shell("ls /nonexistent-jpve-dir 2>&1").noerr().outfunc(out::add).errfunc(err::add).run();
        assertThat(out).singleElement().asString().contains("nonexistent-jpve-dir");
        assertThat(err).isEmpty();
    }

    @Test
    void grandchildHoldingStdoutIsWaitedFor() throws IOException {
        Path fifo = tmp.resolve("go");
        Command.of("mkfifo", fifo.toString()).run();
        Command.of("sh", "-c", "(read x < \"$0\"; echo bg) & echo fg", fifo.toString()).outfunc(line -> {
            out.add(line);
            if (line.equals("fg")) {
                writeQuietly(fifo, "go\n");
            }
        }).run();
        assertThat(out).containsExactly("fg", "bg");
    }

    @Test
    void outputToAnFdBypassesOutfunc() throws Exception {
        Path file = tmp.resolve("out");
        int fd = dev.jpve.tools.posix.Fd.open(file.toString(),
                dev.jpve.tools.posix.Fd.O_WRONLY | dev.jpve.tools.posix.Fd.O_CREAT, 0644);
        try {
            Command.of("echo", "to-file").outputTo(fd).outfunc(out::add).run();
        } finally {
            dev.jpve.tools.posix.Fd.close(fd);
        }
        assertThat(Files.readString(file)).isEqualTo("to-file\n");
        assertThat(out).isEmpty();
    }

    @Test
    void outputToAPathCreatesTheFile() throws IOException {
        Path file = tmp.resolve("out");
        Command.of("echo", "to-path").outputTo(file).run();
        assertThat(Files.readString(file)).isEqualTo("to-path\n");
    }

    @Test
    void inputFromAnFdOrPathFeedsStdin() throws Exception {
        Path file = tmp.resolve("in");
        Files.writeString(file, "from-file\n");
        int fd = dev.jpve.tools.posix.Fd.open(file.toString(), dev.jpve.tools.posix.Fd.O_RDONLY, 0);
        try {
            Command.of("cat").inputFrom(fd).outfunc(out::add).run();
        } finally {
            dev.jpve.tools.posix.Fd.close(fd);
        }
        Command.of("cat").inputFrom(file).outfunc(out::add).run();
        assertThat(out).containsExactly("from-file", "from-file");
    }

    @Test
    void quietDropsUnconsumedOutput() {
        String[] captured = new String[2];
        captured[1] = capturingStderr(() -> captured[0] = capturingStdout(
                () -> Command.of("sh", "-c", "echo out; echo err >&2").quiet().run()));
        assertThat(captured).containsExactly("", "");
    }

    @Test
    void unconsumedOutputIsCopiedRaw() {
        String[] captured = new String[2];
        captured[1] = capturingStderr(() -> captured[0] = capturingStdout(
                () -> Command.of("sh", "-c", "printf 'out\\r'; echo err >&2").run()));
        assertThat(captured).containsExactly("out\r", "err\n");
    }

    @Test
    void execFailureUsesOpen3Text() {
        String expected = "command '/nonexistent/cmd a' failed: open3: exec of /nonexistent/cmd a failed: "
                + "No such file or directory\n";
        assertThatThrownBy(() -> Command.of("/nonexistent/cmd", "a").run()).hasMessage(expected);
        assertThatThrownBy(() -> Command.of("/nonexistent/cmd", "a").umask(022).run()).hasMessage(expected);
        assertThat(Command.of("/nonexistent/cmd", "a").noerr().run()).isEqualTo(-1);
    }

    @Test
    void programInPathIsFound() {
        Command.of("sh", "-c", "echo found").umask(022).outfunc(out::add).run();
        assertThat(out).containsExactly("found");
    }

    @Test
    void emptyArgvFailsInOpen3() {
        assertThatThrownBy(() -> Command.of(List.of()).run())
                .hasMessage("command '' failed: open3: not enough arguments\n");
    }

    @Test
    void scriptWithoutInterpreterLineRunsThroughSh() throws IOException {
        Path script = tmp.resolve("plain");
        Files.writeString(script, "echo plain \"$@\"\n");
        script.toFile().setExecutable(true);
        Command.of(script.toString(), "x").outfunc(out::add).run();
        assertThat(out).containsExactly("plain x");
    }

    @Test
    void largeInputWhileTheChildFloodsOutputDoesNotDeadlock() {
        byte[] input = "z".repeat(4 << 20).getBytes(StandardCharsets.US_ASCII);
        AtomicInteger bytes = new AtomicInteger();
        Command.of("sh", "-c", "head -c 1048576 /dev/zero | tr '\\0' 'y'; echo; wc -c")
                .input(input).outfunc(line -> bytes.addAndGet(line.length())).run();
        assertThat(bytes.get()).isEqualTo((1 << 20) + String.valueOf(4 << 20).length());
    }

    @Test
    void interruptionKillsTheChildAndAlwaysThrows() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Command.of("sleep", "600").noerr().run())
                    .hasMessage("command 'sleep 600' failed: interrupted\n");
        } finally {
            assertThat(Thread.interrupted()).isTrue();
        }
    }

    private Path script(String name, String body) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bin"));
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        file.toFile().setExecutable(true);
        return file;
    }

    private static void writeQuietly(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ownUmask() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("Umask:")).findFirst().orElseThrow();
    }

    static String capturingStderr(Runnable action) {
        PrintStream saved = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    static String capturingStdout(Runnable action) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
