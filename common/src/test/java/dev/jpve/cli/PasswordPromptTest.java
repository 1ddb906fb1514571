package dev.jpve.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.schema.ObjectSchema;
import dev.jpve.schema.StringSchema;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPromptTest {
    private static PasswordPrompt input(String text) {
        return PasswordPrompt.lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void withoutATerminalPasswordsAreLinesOfStandardInput() {
        assertThat(input("secret\nsecret\n").readConfirmed()).isEqualTo("secret");
        assertThat(input("last line without newline").read("ignored: ")).isEqualTo("last line without newline");
    }

    @Test
    void twoDifferentPasswordsDoNotMatch() {
        assertThatThrownBy(() -> input("one\ntwo\n").readConfirmed()).hasMessage("passwords do not match\n");
        assertThatThrownBy(() -> input("").read("x")).hasMessage("EOF while reading password\n");
    }

    @Test
    void theStandardMappingPromptsOnlyWhenNoPasswordWasGiven() {
        ApiMethod setPassword = ApiMethod.builder("passwd").post().description("Set a password.")
                .parameters(ObjectSchema.builder().property("password", StringSchema.builder().optional().build()).build())
                .returns(ObjectSchema.builder().build()).code((p, e) -> p).build();
        PasswordPrompt prompt = input("typed\ntyped\n");
        CliTool tool = CliTool.builder("t", CommandGroup.builder()
                        .add("passwd", Command.of(ApiHandler.builder("H").register(setPassword).build(), "passwd")
                                .withOutput(MyTool.JSON_PRINTER)).build())
                .paramMapping(name -> List.of(prompt.mapping()))
                .build();
        assertThat(CliRun.of(tool, "passwd").out()).isEqualTo("{}\n");
        assertThat(CliRun.of(tool, "passwd", "--password").out()).isEqualTo("{\"password\":\"typed\"}\n");
        assertThat(CliRun.of(tool, "passwd", "--password", "given").out()).isEqualTo("{\"password\":\"given\"}\n");
        assertThat(CliRun.of(tool, "help", "passwd").out()).contains("--password <password>");
    }
}
