package dev.jpve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BashCompletionTest {
    private final CliTool tool = MyTool.tool();

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "my-tool "                     | ""      | my-tool    | help list status vm
            "my-tool s"                    | s       | my-tool    | status
            "my-tool status "              | ""      | status     | 100 101 200
            "my-tool status 1"             | 1       | status     | 100 101
            "my-tool status 100 "          | ""      | 100        | --human-readable --mode --noborder --noheader --output-format --quiet --verbose
            "my-tool status 100 --"        | --      | 100        | --human-readable --mode --noborder --noheader --output-format --quiet --verbose
            "my-tool status 100 --mode "   | ""      | --mode     | fast slow
            "my-tool status 100 --verbose "| ""      | --verbose  | 0 1
            "my-tool status 100 -verbose " | ""      | -verbose   | 0 1
            "my-tool status 100 --output-format j" | j | --output-format | json json-pretty
            "my-tool vm s"                 | s       | vm         | show
            "my-tool vm "                  | ""      | vm         | lst show
            "my-tool help "                | ""      | help       | help list status vm
            "my-tool bogus "               | ""      | bogus      | ""
            """)
    void answersWithTheCandidatesStartingWithTheCurrentWord(String line, String cur, String prev, String expected) {
        CliRun run = CliRun.complete(tool, line, cur, prev);
        assertThat(run.status()).isZero();
        String want = expected.isEmpty() ? "" : String.join("\n", expected.split(" ")) + "\n";
        assertThat(run.out()).isEqualTo(want);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "my-tool sta"    | sta   | my-tool | status
            "my-tool status" | status | my-tool | status
            """)
    void aCompletedCommandWordIsPrintedAlone(String line, String cur, String prev, String expected) {
        assertThat(CliRun.complete(tool, line, cur, prev).out()).isEqualTo(expected + "\n");
    }
}
