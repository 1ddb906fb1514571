package dev.jpve.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.schema.Schema;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Spec 6.11 (upstream format_test.pl, TZ = UTC+1) through data_to_text, and data_to_text itself. */
class RenderersTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ApiResultPrinter PRINTER = ApiResultPrinter.of(Renderers.standard(ZoneOffset.ofHours(1)));

    private static String render(String renderer, String value, OutputOptions options) {
        Schema prop = Schema.fromJson(JSON.readTree("{\"renderer\": \"" + renderer + "\"}"));
        return PRINTER.dataToText(JSON.readTree(value), Optional.of(prop), options, TerminalOptions.none());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "timestamp|0|1970-01-01 01:00:00",
        "timestamp|1612776831|2021-02-08 10:33:51",
        "timestamp_gmt|0|1970-01-01 00:00:00",
        "timestamp_gmt|1612776831|2021-02-08 09:33:51",
        "duration|0.3|0s",
        "duration|0|0s",
        "duration|40|40s",
        "duration|59.64432|1m",
        "duration|110|1m 50s",
        "duration|1286544|2w 21h 22m 24s",
        "fraction_as_percentage|0.412|41.20%",
        "bytes|0|0.00 B",
        "bytes|1024|1.00 KiB",
        "bytes|4415226380288|4.02 TiB",
        "bytes|\"1536\"|1.50 KiB",
    })
    void rendersTheUpstreamVectors(String renderer, String value, String expected) {
        assertThat(render(renderer, value, OutputOptions.DEFAULT)).isEqualTo(expected);
    }

    @Test
    void rendersAnUndefinedDurationAsZeroSeconds() {
        Renderer duration = Renderers.standard().get("duration").orElseThrow();
        assertThat(duration.render(JSON.nullNode(), OutputOptions.DEFAULT, TerminalOptions.none())).isEqualTo("0s");
    }

    @Test
    void rendersBytesWithThePrecisionOption() {
        OutputOptions four = new OutputOptions(OutputFormat.TEXT, false, false, false, true, SortKey.firstColumn(),
                OptionalInt.of(4));
        assertThat(render("bytes", "1023", four)).isEqualTo("1023.0000 B");
        OutputOptions one = new OutputOptions(OutputFormat.TEXT, false, false, false, true, SortKey.firstColumn(),
                OptionalInt.of(1));
        assertThat(render("bytes", "129282048", one)).isEqualTo("123.3 MiB");
    }

    @Test
    void rendersYamlWithoutTheDocumentMarker() {
        assertThat(render("yaml", "{\"b\": [1], \"a\": \"x\"}", OutputOptions.DEFAULT)).isEqualTo("a: x\nb:\n- 1\n");
    }

    @Test
    void givesTheEmptyTextForUndefinedValuesWithoutCallingTheRenderer() {
        assertThat(render("no-such-renderer", "null", OutputOptions.DEFAULT)).isEmpty();
    }

    @Test
    void failsForAnUnknownRendererName() {
        assertThatThrownBy(() -> render("no-such-renderer", "1", OutputOptions.DEFAULT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("internal error: unknown renderer 'no-such-renderer'");
    }

    @Test
    void leavesValuesRawWhenNotHumanReadable() {
        assertThat(render("bytes", "1024", OutputOptions.DEFAULT.withHumanReadable(false))).isEqualTo("1024");
    }

    @Test
    void printsBooleansByTruthinessAndContainersAsCanonicalJson() {
        Schema bool = Schema.fromJson(JSON.readTree("{\"type\": \"boolean\"}"));
        assertThat(text("\"false\"", Optional.of(bool))).isEqualTo("1");
        assertThat(text("false", Optional.of(bool))).isEqualTo("0");
        assertThat(text("false", Optional.empty())).isEqualTo("false");
        assertThat(text("{\"b\": 1, \"a\": [2.0]}", Optional.empty())).isEqualTo("{\"a\":[2],\"b\":1}");
        assertThat(text("1e3", Optional.empty())).isEqualTo("1000");
    }

    @Test
    void rejectsADuplicateRendererName() {
        assertThatThrownBy(() -> Renderers.standard().with("bytes", (v, o, t) -> ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("renderer 'bytes' already registered");
        assertThat(Renderers.empty().with("x", (v, o, t) -> "y").names()).containsExactly("x");
    }

    private static String text(String value, Optional<Schema> prop) {
        JsonNode node = JSON.readTree(value);
        return PRINTER.dataToText(node, prop, OutputOptions.DEFAULT, TerminalOptions.none());
    }
}
