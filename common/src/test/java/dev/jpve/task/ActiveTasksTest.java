package dev.jpve.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActiveTasksTest {
    private static final String RUNNING = "UPID:n1:000004D2:0000162E:6553F100:qmstart:100:root@pam:";
    private static final String DEAD = "UPID:n1:000004D3:0000162F:6553F000:vzdump:101:root@pam:";
    @TempDir
    Path root;

    @Test
    void parsesAndFormatsTheThreeLineForms() {
        assertThat(TaskEntry.parse(RUNNING + " 0").orElseThrow().format()).isEqualTo(RUNNING + " 0");
        TaskEntry done = TaskEntry.parse(DEAD + " 1 6553F0FF WARNINGS: 2").orElseThrow();
        assertThat(done.saved()).isTrue();
        assertThat(done.endtime()).isEqualTo(OptionalLong.of(0x6553F0FFL));
        assertThat(done.status()).contains("WARNINGS: 2");
        assertThat(done.format()).isEqualTo(DEAD + " 1 6553F0FF WARNINGS: 2");
        assertThat(TaskEntry.parse(DEAD + " 0 6553F0FF").orElseThrow().format()).isEqualTo(DEAD + " 0 6553F0FF");
        assertThat(TaskEntry.parse("garbage")).isEmpty();
        assertThat(TaskEntry.parse("UPID:bad 0")).isEmpty();
    }

    @Test
    void aTaskWhoseProcessIsGoneIsFinishedFromItsLogAndArchived() throws IOException {
        Files.writeString(root.resolve("active"), RUNNING + " 0\n" + DEAD + " 0\n" + DEAD + " 0\n");
        TaskLogDirectory dir = new TaskLogDirectory(root);
        Files.createDirectories(dir.logFile(DEAD).getParent());
        Files.writeString(dir.logFile(DEAD), "working\n"); // killed from outside: no final line
        ActiveTasks tasks = new ActiveTasks(dir, u -> u.encode().equals(RUNNING), () -> 0x6553F200L);
        List<TaskEntry> list = tasks.update();
        assertThat(list).extracting(TaskEntry::format)
                .containsExactly(RUNNING + " 0", DEAD + " 1 6553F200 unexpected status");
        assertThat(Files.readString(root.resolve("index"))).isEqualTo(DEAD + " 6553F200 unexpected status\n");
        assertThat(Files.readString(root.resolve("active")))
                .isEqualTo(RUNNING + " 0\n" + DEAD + " 1 6553F200 unexpected status\n");
        // a second update archives nothing twice
        tasks.update();
        assertThat(Files.readAllLines(root.resolve("index"))).hasSize(1);
    }

    @Test
    void keepsEveryRunningTaskAndTheMostRecentFinishedUpTo25() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append(String.format("UPID:n1:%08X:00001000:%08X:t::root@pam: 1 %08X OK%n", 5000 + i, 0x60000000 + i,
                    0x60000100 + i));
        }
        Files.writeString(root.resolve("active"), text);
        ActiveTasks tasks = new ActiveTasks(new TaskLogDirectory(root), u -> false, () -> 0x70000000L);
        List<TaskEntry> list = tasks.update(Optional.of(Upid.decode(RUNNING)), true);
        assertThat(list).hasSize(25);
        assertThat(list.getFirst().upid().encode()).isEqualTo(RUNNING);
        assertThat(list.get(1).upid().starttime()).isEqualTo(0x60000000L + 29);
        assertThat(Files.exists(root.resolve("index"))).isFalse();
    }
}
