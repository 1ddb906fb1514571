package dev.jpve.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandFunctionsTest {
    private static String answer(String line) {
        return Main.answer("tools", Main.handlers().get("tools"), line).toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"id\":1,\"fn\":\"shellquote\",\"args\":[\"it's\"]}|{\"id\":1,\"ok\":true,\"result\":\"'it'\\\\''s'\"}",
        "{\"id\":2,\"fn\":\"shellquote\",\"args\":[null]}|{\"id\":2,\"ok\":true,\"result\":\"''\"}",
        "{\"id\":3,\"fn\":\"cmd2string\",\"args\":[[\"ls\",\"-l\",\"my file\",\"a=b\"]]}"
                + "|{\"id\":3,\"ok\":true,\"result\":\"ls -l 'my file' 'a=b'\"}",
        "{\"id\":4,\"fn\":\"cmd2string\",\"args\":[\"0\"]}|{\"id\":4,\"ok\":false,\"error\":\"no arguments\"}",
        "{\"id\":5,\"fn\":\"split_args\",\"args\":[\"a \\\"b c\\\" d\"]}"
                + "|{\"id\":5,\"ok\":true,\"result\":[\"a\",\"b c\",\"d\"]}",
        "{\"id\":6,\"fn\":\"run_command_argv\",\"args\":[[[\"echo\",\"hello\",{\"raw\":\">/dev/null\"}]]]}"
                + "|{\"id\":6,\"ok\":true,\"result\":{\"argv\":[\"/bin/bash\",\"-c\","
                + "\"set -o pipefail && echo hello >/dev/null\"],"
                + "\"cmdstr\":\"set -o pipefail && echo hello >/dev/null\"}}",
        "{\"id\":7,\"fn\":\"run_command_argv\",\"args\":[\"echo   a    b\"]}"
                + "|{\"id\":7,\"ok\":true,\"result\":{\"argv\":[\"echo\",\"a\",\"b\"],\"cmdstr\":\"echo   a    b\"}}",
        "{\"id\":8,\"fn\":\"run_command\",\"args\":[[\"false\"],{}]}"
                + "|{\"id\":8,\"ok\":false,\"error\":\"command 'false' failed: exit code 1\\n\"}",
        "{\"id\":9,\"fn\":\"run_command\",\"args\":[[\"false\"],{\"noerr\":1}]}|{\"id\":9,\"ok\":true,\"result\":{\"rc\":1}}",
        "{\"id\":10,\"fn\":\"run_command\",\"args\":[[\"tr\",\"a-z\",\"A-Z\"],{\"input\":\"hello\\n\",\"outfunc\":1}]}"
                + "|{\"id\":10,\"ok\":true,\"result\":{\"out\":[\"HELLO\"],\"rc\":0}}",
        "{\"id\":11,\"fn\":\"run_command\",\"args\":[[\"true\"],{\"foo\":1}]}"
                + "|{\"id\":11,\"ok\":false,\"error\":\"command 'true' failed: got unknown parameter 'foo' for run_command\\n\"}",
        "{\"id\":12,\"fn\":\"run_command\",\"args\":[[\"true\"],{\"foo\":1,\"noerr\":1}]}"
                + "|{\"id\":12,\"ok\":true,\"result\":{\"rc\":-1}}",
        "{\"id\":13,\"fn\":\"run_command\",\"args\":[[\"sh\",\"-c\",\"umask\"],{\"umask\":\"027\",\"outfunc\":1}]}"
                + "|{\"id\":13,\"ok\":true,\"result\":{\"out\":[\"0027\"],\"rc\":0}}",
        "{\"id\":14,\"fn\":\"run_command\",\"args\":[[\"sh\",\"-c\",\"echo e1 >&2; echo e2 >&2; exit 3\"],"
                + "{\"errmsg\":\"oops\",\"quiet\":1}]}|{\"id\":14,\"ok\":false,\"error\":\"oops: e2\\n\"}",
    })
    void answersCommandFunctionsAsUpstream(String input, String expected) {
        assertThat(answer(input)).isEqualTo(expected);
    }
}
