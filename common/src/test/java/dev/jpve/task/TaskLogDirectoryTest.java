package dev.jpve.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskLogDirectoryTest {
    private static final String UPID = "UPID:example-node:0000C346:165A0CE4:68D7279C:aptupdate::root@pam:";

    @TempDir
    Path root;

    @Test
    void placesTheDefaultLogUnderVarLogPveTasks() {
        assertThat(TaskLogDirectory.DEFAULT.logFile(UPID))
                .isEqualTo(Path.of("/var/log/pve/tasks/C/" + UPID));
    }

    @Test
    void namesTheLogFileByTheUpidTextAsGiven() {
        String lower = "UPID:n:000004d2:0000162e:6553f10a:qmstart:100:root@pam:";
        TaskLogDirectory dir = new TaskLogDirectory(root);

        assertThat(dir.logFile(lower)).isEqualTo(root.resolve("a").resolve(lower));
        assertThat(dir.logFile(Upid.decode(lower))).isEqualTo(
                root.resolve("A").resolve("UPID:n:000004D2:0000162E:6553F10A:qmstart:100:root@pam:"));
    }

    @Test
    void refusesAnInvalidUpid() {
        assertThatThrownBy(() -> new TaskLogDirectory(root).logFile("UPID:../../x"))
                .hasMessage("unable to parse worker upid 'UPID:../../x'\n");
    }

    /** Spec T7 task status vectors. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'Some log line\nTASK OK\n'|OK",
        "'Some log line\nTASK ERROR: Some error message\n'|Some error message",
        "'Some log line\nTASK WARNINGS: 42\n'|WARNINGS: 42",
        "''|unexpected status",
        "'TASK OK'|OK",
        "'TASK OK\n\n'|unexpected status",
    })
    void readsTheStatusFromTheLastLogLine(String log, String status) throws IOException {
        writeLog(log);

        assertThat(new TaskLogDirectory(root).readStatus(UPID)).isEqualTo(status);
    }

    @Test
    void readsTheLastLineOfALogLongerThanOneChunk() throws IOException {
        writeLog("x".repeat(10000) + "\n" + "y".repeat(5000) + "\nTASK WARNINGS: 7\n");

        assertThat(new TaskLogDirectory(root).readStatus(UPID)).isEqualTo("WARNINGS: 7");
    }

    @Test
    void givesUnexpectedStatusForAMissingLog() {
        assertThat(new TaskLogDirectory(root).readStatus(UPID)).isEqualTo("unexpected status");
    }

    @Test
    void reportsALogThatCannotBeOpened() throws IOException {
        Path log = writeLog("TASK OK\n");
        Files.delete(log);
        Files.createDirectory(log); // a directory opens but cannot be read

        assertThat(new TaskLogDirectory(root).readStatus(UPID))
                .startsWith("unable to get last line from task log - ");
    }

    private Path writeLog(String content) throws IOException {
        Path log = root.resolve("C").resolve(UPID);
        Files.createDirectories(log.getParent());
        return Files.writeString(log, content);
    }
}
