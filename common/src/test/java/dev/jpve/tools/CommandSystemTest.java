package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Whole-system properties of running commands: no orphans, no leaked descriptors, bulk I/O. */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class CommandSystemTest {

    @Test
    void timedOutPipelineLeavesNoProcessOfItsGroup() throws Exception {
        String marker = "3001." + ProcessHandle.current().pid();
        Command pipeline = Command.pipeline(
                List.of("sh", "-c", "sleep " + marker + " & sleep " + marker + " & wait"),
                List.of("sh", "-c", "sleep " + marker + " & cat; wait"))
                .timeout(Duration.ofMillis(500));
        assertThatThrownBy(pipeline::run).hasMessageEndingWith("failed: got timeout\n");
        assertAllExit(processesWithArgument(marker));
    }

    @Test
    void failingCallbackKillsEveryGrandchild() throws Exception {
        List<Long> pids = new ArrayList<>();
        Command pipeline = Command.pipeline(
                List.of("sh", "-c", "sleep 3002 & echo $!; sleep 3002 & echo $!; wait"),
                List.of("sh", "-c", "sleep 3002 & echo $!; cat; wait"))
                .outfunc(line -> {
                    pids.add(Long.parseLong(line));
                    if (pids.size() == 3) {
                        throw new IllegalStateException("enough");
                    }
                });
        assertThatThrownBy(pipeline::run).hasMessageEndingWith("failed: enough\n");
        assertAllExit(pids);
    }

    @Test
    void tenThousandRunsLeakNoDescriptor() throws IOException {
        Command.of("true").run();
        long before = openDescriptors();
        for (int i = 0; i < 10_000; i++) {
            Command.of("true").run();
        }
        assertThat(openDescriptors()).isEqualTo(before);
    }

    @Test
    void bulkOutputOnBothStreamsWithBulkInputArrivesCompletely() {
        long size = 256L << 20;
        String line = "x".repeat(63);
        String script = "(yes " + line + " | head -c " + size + ") & (yes " + line + " | head -c " + size
                + " >&2) & cat >/dev/null; wait";
        AtomicLong outBytes = new AtomicLong();
        AtomicLong errBytes = new AtomicLong();
        byte[] input = new byte[64 << 20];
        int rc = Command.of("sh", "-c", script).input(input)
                .outfunc(l -> outBytes.addAndGet(l.length() + 1))
                .errfunc(l -> errBytes.addAndGet(l.length() + 1))
                .run();
        assertThat(rc).isZero();
        assertThat(outBytes).hasValue(size);
        assertThat(errBytes).hasValue(size);
    }

    @Test
    void signalOfAPipelineMemberIsBashsExitCode() {
        assertThatThrownBy(() -> Command.pipeline(List.of("sh", "-c", "kill -9 $$"), List.of("cat")).quiet().run())
                .hasMessage("command 'set -o pipefail && sh -c 'kill -9 $$' | cat' failed: exit code 137\n");
    }

    private static void assertAllExit(List<Long> pids) throws Exception {
        List<CompletableFuture<ProcessHandle>> exits = pids.stream()
                .map(ProcessHandle::of).flatMap(Optional::stream).map(ProcessHandle::onExit).toList();
        CompletableFuture.allOf(exits.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    }

    /** Living (non-zombie) processes with {@code argument} on their command line. */
    private static List<Long> processesWithArgument(String argument) throws IOException {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmdline = new String(Files.readAllBytes(entry.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (List.of(cmdline.split("\0")).contains(argument)) {
                        pids.add(Long.parseLong(entry.getFileName().toString()));
                    }
                } catch (IOException gone) {
                    // exited while we looked
                }
            }
        }
        return pids;
    }

    private static long openDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
