package dev.jpve.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogLinesTest {
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("log"), text);
    }

    @Test
    void pagesAreNumberedFromOneWithTheTotal() throws IOException {
        Path f = file("a\nb\nc\nd\n");
        assertThat(LogLines.read(f, 1, 2, Optional.empty()))
                .isEqualTo(new LogLines(4, List.of(new LogLines.Line(2, "b"), new LogLines.Line(3, "c"))));
        assertThat(LogLines.read(f, 0, 0, Optional.empty()).lines()).hasSize(4);
        assertThat(LogLines.read(f, 10, 5, Optional.empty())).isEqualTo(new LogLines(4, List.of()));
    }

    @Test
    void onlyNewlinesEndLines() throws IOException {
        assertThat(LogLines.read(file("10%\r20%\rdone\nlast"), 0, 50, Optional.empty()))
                .isEqualTo(new LogLines(2, List.of(new LogLines.Line(1, "10%\r20%\rdone"), new LogLines.Line(2, "last"))));
    }

    @Test
    void aFilterCountsOnlyMatchingLines() throws IOException {
        Path f = file("WARN: x\nok\nWARN: y\n");
        assertThat(LogLines.read(f, 0, 50, Optional.of(Pattern.compile("^WARN"))))
                .isEqualTo(new LogLines(2, List.of(new LogLines.Line(1, "WARN: x"), new LogLines.Line(2, "WARN: y"))));
    }

    @Test
    void anEmptyOrMissingFileGivesOneExplainingLine() throws IOException {
        assertThat(LogLines.read(file(""), 0, 50, Optional.empty()))
                .isEqualTo(new LogLines(1, List.of(new LogLines.Line(1, "no content"))));
        assertThat(LogLines.read(dir.resolve("missing"), 0, 50, Optional.empty()))
                .isEqualTo(new LogLines(1, List.of(new LogLines.Line(1, "unable to open file - No such file or directory"))));
    }
}
