package dev.jpve.schema;

import static dev.jpve.schema.JsonTesting.JSON;
import static dev.jpve.schema.JsonTesting.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class ValidatorTest {
    private static final Formats FORMATS = Formats.standard();

    static Stream<Arguments> vectors() throws Exception {
        try (InputStream in = ValidatorTest.class.getResourceAsStream("validate-vectors.json")) {
            List<Arguments> args = new ArrayList<>();
            for (JsonNode c : JSON.readTree(in)) {
                args.add(Arguments.of(c.get("id").asString(), c));
            }
            return args.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void specVectorsGiveExactlyTheExpectedErrors(String id, JsonNode c) {
        Validator v = Validator.of(Schema.fromJson(c.get("schema")), FORMATS);
        JsonNode value = c.get("value").deepCopy();
        Map<String, String> expected = JSON.convertValue(c.get("errors"), JSON.getTypeFactory()
                .constructMapType(Map.class, String.class, String.class));
        assertThat(v.errors(value)).isEqualTo(expected);
        if (c.has("value_after")) {
            JsonTesting.assertSameJson(value, c.get("value_after"));
        }
    }

    @Test
    void invalidValueRaisesParameterVerificationFailedWithCode400() {
        Validator v = Validator.of(Schema.fromJson(json("{'type':'object','properties':{'a':{'type':'integer'}}}")), FORMATS);
        ApiException e = catchThrowableOfType(ApiException.class, () -> v.validate(json("{'a':'x'}")));
        assertThat(e.code()).isEqualTo(400);
        assertThat(e.errors()).containsExactly(Map.entry("a", "type check ('integer') failed - got 'x'"));
        assertThat(e.toText()).isEqualTo("400 Parameter verification failed.\na: type check ('integer') failed - got 'x'\n");
    }

    @Test
    void errmsgReplacesTheDefaultMessage() {
        Validator v = Validator.of(IntegerSchema.builder().build(), FORMATS);
        assertThatThrownBy(() -> v.validate(json("'x'"), "bad thing\n"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.msg()).isEqualTo("bad thing\n"));
    }

    @Test
    void validValuePasses() {
        Validator v = Validator.of(IntegerSchema.builder().build(), FORMATS);
        v.validate(json("12"));
        assertThat(v.errors(json("12"))).isEmpty();
    }

    @Test
    void formatsRegisteredAfterCompilingAreFound() {
        Formats formats = Formats.standard();
        Validator v = Validator.of(StringSchema.builder().format("late").build(), formats);
        formats.register("late", s -> {
            throw new FormatException("late says no\n");
        });
        assertThat(v.errors(json("'x'"))).containsEntry("_root", "invalid format - late says no\n");
    }

    @Test
    void deeplyNestedValueIsCheckedOnlyAsDeepAsTheSchema() {
        JsonNode deep = json("1");
        for (int i = 0; i < 100_000; i++) {
            deep = JSON.createArrayNode().add(deep);
        }
        Validator v = Validator.of(ArraySchema.builder().items(ArraySchema.builder().build()).build(), FORMATS);
        assertThat(v.errors(deep)).isEmpty();
    }
}
