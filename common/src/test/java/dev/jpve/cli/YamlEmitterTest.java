package dev.jpve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** YAML output against what Perl's YAML::XS 0.86 (libyaml) prints for the same JSON data. */
class YamlEmitterTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String yaml(String json) {
        return YamlEmitter.document(JSON.readTree(json));
    }

    @Test
    void writesTheSpecVector() {
        assertThat(yaml("{\"b\": 2, \"a\": [1, \"x\"], \"t\": true}")).isEqualTo("---\na:\n- 1\n- x\nb: 2\nt: true\n");
    }

    @Test
    void quotesStringsThatWouldReadBackAsSomethingElse() {
        assertThat(yaml("""
                {"a": null, "b": "", "c": "100", "d": "true", "e": "yes", "g": "x: y", "h": " lead", "i": "trail ",
                 "j": "#c", "o": "-", "p": "- x", "r": "a'b", "s": "a\\"b", "t": "@x", "u": "null", "v": "~",
                 "w": "1e3", "x": "0x1f", "y": "a\\tb", "z": "?x", "zz": "a #b", "zzz": "a# b"}"""))
                .isEqualTo("""
                        ---
                        a: ~
                        b: ''
                        c: '100'
                        d: 'true'
                        e: yes
                        g: 'x: y'
                        h: ' lead'
                        i: 'trail '
                        j: '#c'
                        o: '-'
                        p: '- x'
                        r: a'b
                        s: a"b
                        t: '@x'
                        u: 'null'
                        v: '~'
                        w: '1e3'
                        x: 0x1f
                        y: "a\\tb"
                        z: ?x
                        zz: 'a #b'
                        zzz: a# b
                        """);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "' 12'|--- ' 12'",
        "'12 '|--- '12 '",
        "'-\\n'|'--- ''-\\n\\n  '''",
        "'- '|--- '- '",
        "'+ '|--- '+ '",
        "'nanq'|--- 'nanq'",
        "'infin'|--- infin",
        "'1_000'|--- 1_000",
    })
    void quotesWhatPerlsLooksLikeNumberAccepts(String value, String expected) {
        String json = "\"" + value.replace("\\n", "\\n") + "\"";
        assertThat(yaml(json)).isEqualTo(expected.replace("\\n", "\n") + "\n");
    }

    @Test
    void nestsCollectionsLikeLibyaml() {
        assertThat(yaml("{\"k\": [], \"l\": {}, \"m\": [[1, 2], {\"x\": 1, \"y\": [3]}], \"n\": {\"o\": {\"p\": 1}}}"))
                .isEqualTo("---\nk: []\nl: {}\nm:\n- - 1\n  - 2\n- x: 1\n  y:\n  - 3\nn:\n  o:\n    p: 1\n");
        assertThat(yaml("[[], [[]], [{}], {\"a\": []}]")).isEqualTo("---\n- []\n- - []\n- - {}\n- a: []\n");
    }

    @Test
    void writesScalarDocumentsOnTheMarkerLine() {
        assertThat(yaml("\"scalar\"")).isEqualTo("--- scalar\n");
        assertThat(yaml("null")).isEqualTo("--- ~\n");
        assertThat(yaml("[]")).isEqualTo("--- []\n");
        assertThat(yaml("{}")).isEqualTo("--- {}\n");
        assertThat(yaml("\"\"")).isEqualTo("--- ''\n");
        assertThat(yaml("{\"a\": 1.5, \"b\": 1e20, \"c\": -0.0, \"d\": 100000000000000000000000, \"e\": -3}"))
                .isEqualTo("---\na: 1.5\nb: 1e+20\nc: 0\nd: '100000000000000000000000'\ne: -3\n");
    }

    @Test
    void doubleQuotesShortMultiLineStringsAndUsesLiteralsForLongOnes() {
        assertThat(yaml("\"multi\\nline\"")).isEqualTo("--- \"multi\\nline\"\n");
        assertThat(yaml("\"this is a long line of text\\nwith breaks\\n\""))
                .isEqualTo("--- |\n  this is a long line of text\n  with breaks\n");
        assertThat(yaml("{\"a\": \"this is a long line of text\\nwith breaks\\n\\n\"}"))
                .isEqualTo("---\na: |+\n  this is a long line of text\n  with breaks\n\n...\n");
        assertThat(yaml("[\" this is a long line of text\\n  with breaks more\"]"))
                .isEqualTo("---\n- |2-\n   this is a long line of text\n    with breaks more\n");
        assertThat(yaml("{\"k\": \"line one \\nline two is here and long enough\"}"))
                .isEqualTo("---\nk: \"line one \\nline two is here and long enough\"\n");
    }

    @Test
    void writesComplexKeysForMultiLineAndLongKeys() {
        String longKey = "x".repeat(130);
        assertThat(yaml("{\"a\\nb\": [1], \"" + longKey + "\": 2}"))
                .isEqualTo("---\n? \"a\\nb\"\n: - 1\n? " + longKey + "\n: 2\n");
    }

    @Test
    void escapesWhatLibyamlDoesNotPrint() {
        assertThat(yaml("{\"e\": \"\\ud83d\\ude00 x\\u0007\\u0085\\u00a0\\u00e9\\u2028\", \"f\": \"a\\u007fb\"}"))
                .isEqualTo("---\ne: \"\\U0001F600 x\\a\\N\u00a0\u00e9\\L\"\nf: \"a\\x7Fb\"\n");
    }

    @Test
    void foldsLongLinesAfterColumnEighty() {
        assertThat(yaml("[\"a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z\"]"))
                .isEqualTo("---\n- a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n\n"
                        + "  o p q r s t u v w x y z\n");
        assertThat(yaml("{\"g\": \"tab\\there is a very long string with many words in it that goes beyond eighty columns for sure yes\"}"))
                .isEqualTo("---\ng: \"tab\\there is a very long string with many words in it that goes beyond eighty\n"
                        + "  columns for sure yes\"\n");
    }

    @Test
    void indentsBeforeTheClosingQuoteAfterATrailingLineSeparator() {
        assertThat(yaml("[\"*\\u2028\"]")).isEqualTo("---\n- '*\u2028  '\n");
    }
}
