package dev.jpve.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskRunnerTest {
    @TempDir
    Path root;
    private final List<String> clusterLog = Collections.synchronizedList(new ArrayList<>());

    private TaskRunner runner() {
        return TaskRunner.create(new TaskLogDirectory(root), "node1", (user, msg) -> clusterLog.add(user + " " + msg));
    }

    private String log(Upid upid) throws IOException {
        return Files.readString(new TaskLogDirectory(root).logFile(upid));
    }

    @Test
    void aTaskWritesItsLogAtTheUpidsPathEndingWithTaskOk() throws IOException {
        TaskRunner tasks = runner();
        StartedTask started = tasks.start("vzdump", "100", "root@pam", t -> {
            t.log("starting backup");
            t.log("done");
        });
        Upid upid = started.upid();
        TaskResult end = started.completion().join();
        assertThat(end.status()).isEqualTo("OK");
        assertThat(upid.node()).isEqualTo("node1");
        assertThat(upid.pid()).isEqualTo(ProcessHandle.current().pid());
        Path file = new TaskLogDirectory(root).logFile(upid);
        assertThat(file.getParent().getFileName().toString())
                .isEqualTo(upid.encode().split(":")[4].substring(7));
        assertThat(log(upid)).isEqualTo("starting backup\ndone\nTASK OK\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        assertThat(new TaskLogDirectory(root).readStatus(upid.encode())).isEqualTo("OK");
        assertThat(clusterLog).containsExactly("root@pam starting task " + upid.encode(),
                "root@pam end task " + upid.encode() + " OK");
    }

    @Test
    void outputWithoutAFinalNewlineHidesTheStatusAsUpstreamDoes() throws IOException {
        StartedTask started = runner().start("test", "", "root@pam", t -> t.out().print("no newline"));
        assertThat(started.completion().join().status()).isEqualTo("OK");
        assertThat(log(started.upid())).isEqualTo("no newlineTASK OK\n");
        assertThat(new TaskLogDirectory(root).readStatus(started.upid().encode())).isEqualTo("unexpected status");
    }

    @Test
    void warningsAreCountedAndEndTheLog() throws IOException {
        TaskRunner tasks = runner();
        StartedTask started = tasks.start("test", "", "root@pam", t -> {
            t.warn("first");
            t.warn("second\n");
        });
        Upid upid = started.upid();
        assertThat(started.completion().join().status()).isEqualTo("WARNINGS: 2");
        assertThat(log(upid)).isEqualTo("WARN: first\nWARN: second\nTASK WARNINGS: 2\n");
    }

    @Test
    void aFailureEndsTheLogWithItsMessageOnOneLine() throws IOException {
        TaskRunner tasks = runner();
        StartedTask started = tasks.start("test", "1", "root@pam", t -> {
            t.log("working");
            throw new IllegalStateException("disk full\nsecond line\n");
        });
        Upid upid = started.upid();
        TaskResult end = started.completion().join();
        assertThat(end.status()).isEqualTo("disk full second line");
        assertThat(end.failed()).isTrue();
        assertThat(log(upid)).isEqualTo("working\nTASK ERROR: disk full second line\n");
    }

    @Test
    void aCommandLineTaskShowsItsOutputAndReportsTheEndOnStandardError() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        TaskResult end = runner().run("test", "", "root@pam", t -> {
            t.log("step 1");
            t.warn("careful");
        }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(end.status()).isEqualTo("WARNINGS: 1");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("step 1\nWARN: careful\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("Task finished with 1 warning(s)!\n");
        assertThat(log(end.upid())).isEqualTo("step 1\nWARN: careful\n\nTASK WARNINGS: 1\n");

        err.reset();
        TaskResult failed = runner().run("test", "", "root@pam", t -> {
            throw new Exception("no way");
        }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("no way\n");
        assertThat(log(failed.upid())).isEqualTo("\nTASK ERROR: no way\n");
    }

    @Test
    void stoppingATaskInterruptsItsWorker() throws Exception {
        TaskRunner tasks = runner();
        CountDownLatch started = new CountDownLatch(1);
        StartedTask task = tasks.start("long", "", "root@pam", t -> {
            started.countDown();
            new CountDownLatch(1).await(); // blocks until interrupted
        });
        Upid upid = task.upid();
        started.await();
        assertThat(tasks.isRunning(upid)).isTrue();
        assertThat(tasks.state(upid)).isEqualTo(new TaskState(upid, true, Optional.empty()));
        assertThat(tasks.activeTasks().read()).extracting(TaskEntry::upid).contains(upid);
        assertThat(tasks.stop(upid)).isTrue();
        assertThat(task.completion().join().status()).isEqualTo("received interrupt");
        assertThat(tasks.isRunning(upid)).isFalse();
        assertThat(tasks.state(upid)).isEqualTo(new TaskState(upid, false, Optional.of("received interrupt")));
        assertThat(tasks.stop(upid)).isFalse();
        assertThat(log(upid)).isEqualTo("TASK ERROR: received interrupt\n");
    }

    @Test
    void aCommandLineTaskStreamsItsOutputWhileItRuns() throws Exception {
        java.util.concurrent.LinkedBlockingQueue<String> seen = new java.util.concurrent.LinkedBlockingQueue<>();
        java.io.OutputStream terminal = new java.io.OutputStream() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(int b) {
                if (b == '\n') {
                    seen.add(line.toString());
                    line.setLength(0);
                } else {
                    line.append((char) b);
                }
            }
        };
        CountDownLatch firstSeen = new CountDownLatch(1);
        Thread watcher = Thread.ofVirtual().start(() -> {
            try {
                assertThat(seen.take()).isEqualTo("step 1");
                firstSeen.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        TaskResult end = runner().run("long", "", "root@pam", t -> {
            t.log("step 1");
            // the worker goes on only once the terminal has shown the first line
            assertThat(firstSeen.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            t.log("step 2");
        }, new PrintStream(terminal, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        watcher.join();
        assertThat(end.status()).isEqualTo("OK");
        assertThat(seen.take()).isEqualTo("step 2");
    }

    @Test
    void tasksAreListedNewestFirstWithFilters() throws Exception {
        TaskRunner tasks = runner();
        tasks.start("qmstart", "100", "root@pam", t -> { }).completion().join();
        tasks.start("vzdump", "100", "alice@pve", t -> { throw new Exception("failed"); }).completion().join();
        tasks.start("qmstart", "101", "root@pam", t -> { }).completion().join();
        TaskList all = TaskList.query(tasks.activeTasks(), TaskQuery.DEFAULT.withSource(TaskQuery.Source.ALL));
        assertThat(all.total()).isEqualTo(3);
        assertThat(TaskList.query(tasks.activeTasks(), TaskQuery.DEFAULT.withType("qmstart")).total()).isEqualTo(2);
        assertThat(TaskList.query(tasks.activeTasks(), TaskQuery.DEFAULT.withId("100")).total()).isEqualTo(2);
        TaskList errors = TaskList.query(tasks.activeTasks(), TaskQuery.DEFAULT.withErrorsOnly());
        assertThat(errors.tasks()).singleElement().satisfies(t -> {
            assertThat(t.upid().user()).isEqualTo("alice@pve");
            assertThat(t.status()).contains("failed");
        });
        assertThat(TaskList.query(tasks.activeTasks(), TaskQuery.DEFAULT.withUser("alice")).total()).isEqualTo(1);
        assertThat(TaskList.query(tasks.activeTasks(), TaskQuery.DEFAULT.withPage(1, 1)).tasks()).hasSize(1);
    }

    @Test
    void stoppingATaskKillsTheProcessesItsCommandsStarted() throws Exception {
        TaskRunner tasks = runner();
        java.util.concurrent.CompletableFuture<Long> group = new java.util.concurrent.CompletableFuture<>();
        StartedTask task = tasks.start("long", "", "root@pam", t -> dev.jpve.tools.Command
                .of("sh", "-c", "sleep 1000 & echo $$; sleep 1000")
                .outfunc(line -> group.complete(Long.parseLong(line.strip())))
                .run());
        long pgid = group.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(livingMembers(pgid)).isNotEmpty();
        tasks.stop(task.upid());
        assertThat(task.completion().join().status()).isEqualTo("received interrupt");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!livingMembers(pgid).isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // SIGKILL delivery is asynchronous; the group was killed before the task ended
        }
        assertThat(livingMembers(pgid)).isEmpty();
    }

    /** The processes of a process group that are not zombies. */
    private static List<Long> livingMembers(long pgid) throws IOException {
        List<Long> pids = new ArrayList<>();
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path d : dirs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String stat;
                try {
                    stat = Files.readString(d.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                if (!f[0].equals("Z") && Long.parseLong(f[2]) == pgid) {
                    pids.add(Long.parseLong(d.getFileName().toString()));
                }
            }
        }
        return pids;
    }

    @Test
    void aCommandWorkerLogsTheCommandsOutputAndFailsWithIt() throws IOException {
        TaskRunner tasks = runner();
        StartedTask ok = tasks.start("cmd", "", "root@pam",
                TaskWorker.command(dev.jpve.tools.Command.shell("echo out; echo err >&2")));
        assertThat(ok.completion().join().status()).isEqualTo("OK");
        assertThat(log(ok.upid())).isIn("out\nerr\nTASK OK\n", "err\nout\nTASK OK\n");
        StartedTask failed = tasks.start("cmd", "", "root@pam",
                TaskWorker.command(dev.jpve.tools.Command.of("sh", "-c", "exit 3")));
        assertThat(failed.completion().join().status()).isEqualTo("command 'sh -c 'exit 3'' failed: exit code 3");
    }

    @Test
    void identicalTasksStartedInOneSecondGetDistinctUpids() {
        TaskRunner tasks = runner();
        StartedTask a = tasks.start("same", "1", "root@pam", t -> { });
        StartedTask b = runner().start("same", "1", "root@pam", t -> { });
        assertThat(a.upid()).isNotEqualTo(b.upid());
        assertThat(a.completion().join().status()).isEqualTo("OK");
        assertThat(b.completion().join().status()).isEqualTo("OK");
    }

    @Test
    void concurrentTasksLeaveAConsistentIndexAndActiveList() throws Exception {
        TaskRunner tasks = runner();
        List<StartedTask> started = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            started.add(tasks.start("short", Integer.toString(n), "root@pam", t -> t.log("task " + n)));
        }
        started.forEach(t -> t.completion().join());
        List<Upid> upids = started.stream().map(StartedTask::upid).toList();
        List<String> index = Files.readAllLines(tasks.activeTasks().indexFile());
        List<String> active = Files.readAllLines(tasks.activeTasks().activeFile());
        assertThat(index).hasSize(200);
        assertThat(new HashSet<>(index.stream().map(l -> l.split(" ")[0]).toList()))
                .isEqualTo(new HashSet<>(upids.stream().map(Upid::encode).toList()));
        assertThat(index).allMatch(l -> l.matches("UPID:\\S+ [0-9A-F]{8} OK"));
        assertThat(active).hasSizeLessThanOrEqualTo(25).allMatch(l -> l.matches("UPID:\\S+ 1 [0-9A-F]{8} OK"));
        assertThat(new HashSet<>(active)).hasSameSizeAs(active);
        for (Upid u : upids) {
            assertThat(log(u)).endsWith("TASK OK\n");
        }
        assertThat(tasks.activeTasks().update(Optional.empty(), false)).allMatch(TaskEntry::saved);
    }
}
