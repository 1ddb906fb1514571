package dev.jpve.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.schema.Schema;
import dev.jpve.schema.StandardOptions;
import dev.jpve.schema.StringSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class StandardOutputOptionsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theFiveOptionsHaveUpstreamsSchemas() {
        assertThat(StandardOutputOptions.ALL).containsOnlyKeys("output-format", "noheader", "noborder", "quiet",
                "human-readable");
        assertThat(StandardOutputOptions.ALL.get("output-format")).isEqualTo(StandardOptions.PVE_OUTPUT_FORMAT);
        assertThat(StandardOutputOptions.ALL.get("noheader").toJson().toString()).isEqualTo(
                "{\"type\":\"boolean\",\"optional\":1,\"default\":0,"
                        + "\"description\":\"Do not show column headers (for 'text' format).\"}");
        assertThat(StandardOutputOptions.ALL.get("human-readable").common().description())
                .contains("Call output rendering functions to produce human readable text.");
        assertThat(StandardOutputOptions.ALL.get("quiet").common().defaultValue()).isEmpty();
    }

    @Test
    void addCopiesThePropertiesAndAddsTheNamedOptions() {
        Schema own = StringSchema.builder().build();
        Map<String, Schema> props = Map.of("own", own);
        assertThat(StandardOutputOptions.add(props)).containsOnlyKeys("own", "output-format", "noheader", "noborder",
                "quiet", "human-readable");
        assertThat(StandardOutputOptions.add(props, List.of("quiet"))).containsOnlyKeys("own", "quiet");
        assertThat(props).containsOnlyKeys("own");
    }

    @Test
    void addRejectsUnknownAndOverwrittenOptionsWithUpstreamsTexts() {
        assertThatThrownBy(() -> StandardOutputOptions.add(Map.of(), List.of("bogus")))
                .hasMessage("no such standard output option 'bogus'\n");
        assertThatThrownBy(() -> StandardOutputOptions.add(Map.of("quiet", StringSchema.builder().build())))
                .hasMessage("detected overwriten standard CLI parameter 'quiet'\n");
    }

    @Test
    void extractMovesOutTheDefinedOptions() {
        ObjectNode data = (ObjectNode) JSON.readTree(
                "{\"vmid\": 100, \"output-format\": \"json\", \"noborder\": 1, \"quiet\": null}");
        assertThat(StandardOutputOptions.extract(data).toString()).isEqualTo("{\"output-format\":\"json\",\"noborder\":1}");
        assertThat(data.toString()).isEqualTo("{\"vmid\":100,\"quiet\":null}");
    }
}
