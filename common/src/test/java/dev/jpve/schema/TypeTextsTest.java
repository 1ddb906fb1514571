package dev.jpve.schema;

import static dev.jpve.schema.JsonTesting.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeTextsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "{'type':'integer','minimum':100,'maximum':999999999}#<integer> (100 - 999999999)",
        "{'type':'integer','minimum':0}#<integer> (0 - N)",
        "{'type':'number','maximum':1.5}#<number> (-N - 1.5)",
        "{'enum':['z','a','m']}#<a | m | z>",
        "{'pattern':'\\\\d+'}#\\d+",
        "{'alias':'foo'}#<alias to 'foo'>",
        "{'type':'boolean'}#<boolean>",
        "{}#<string>",
        "{'type':'string','format':'pve-node-location'}#latitude=<number> ,longitude=<number> [,name=<name>]"
    })
    void schemaTypeTextsAsUpstream(String schema, String expected) {
        assertThat(TypeTexts.typeText(Schema.fromJson(json(schema)), "", Formats.standard())).isEqualTo(expected);
    }
}
