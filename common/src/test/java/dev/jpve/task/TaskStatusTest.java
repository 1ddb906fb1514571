package dev.jpve.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskStatusTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TASK OK|OK",
        "TASK ERROR: Some error message|Some error message",
        "TASK WARNINGS: 42|WARNINGS: 42",
        "''|unexpected status",
        "Some log line|unexpected status",
        "TASK ERROR: |unexpected status",
        "TASK WARNINGS: x|unexpected status",
        "'TASK OK\r'|unexpected status",
        "'TASK ERROR: a\r'|'a\r'",
    })
    void mapsTheLastLogLineToAStatus(String line, String status) {
        assertThat(TaskStatus.fromLastLine(line)).isEqualTo(status);
    }

    /** Spec T7 observed extras. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "OK|false|ok",
        "WARNINGS: 3|false|warning",
        "unexpected status|true|unknown",
        "''|true|unknown",
        "0|true|unknown",
        "some error|true|error",
        "WARNINGS: x|true|error",
    })
    void classifiesStatuses(String status, boolean error, String type) {
        assertThat(TaskStatus.isError(status)).isEqualTo(error);
        assertThat(TaskStatus.normalizeType(status)).isEqualTo(type);
    }
}
