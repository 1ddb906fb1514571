package dev.jpve.section;

import static dev.jpve.section.SectionFixtures.assertSameJson;
import static dev.jpve.section.SectionFixtures.idsAndOrder;
import static dev.jpve.section.SectionFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Spec 6.10: section config extra vectors. */
class SectionConfigExtraVectorsTest {
    private static final SectionConfig CONFIG = SectionFixtures.extra();

    private static final String INPUT = """
            # top comment
            a: s1
            \treq x
            \tnum 007
            \tdisable
            # inner comment
            \tlist one
            \tlist two
            \tcomment hello world \s

            a: s2
            \tnum abc
            \treq y
            \tbogus 1
            not indented

            a: s3
            \tnum 5

            a: s4
            \treq z
            a: s5
            \treq w

            zzz: s6
            \tfoo bar

            a:s7
            \treq q
            \treq r
            """;

    private static SectionConfigData parsed() {
        return CONFIG.parse("test.cfg", INPUT, false);
    }

    @Test
    void parsesCheckedSectionsAndKeepsAFailedOneAsNull() {
        assertSameJson(idsAndOrder(parsed()), """
                {'ids':{'s1':{'type':'a','req':'x','num':7,'disable':1,'list':['one','two'],'comment':'hello world'},
                 's2':{'type':'a','req':'y'},'s3':null,'s4':{'type':'a','req':'z'},'s7':{'type':'a','req':'q'}},
                 'order':{'s1':1,'s2':2,'s3':3,'s4':4,'s7':5}}""");
    }

    @Test
    void listsValueErrorsInFileOrder() {
        assertThat(parsed().errors()).containsExactly(
                new ParseError("file test.cfg line 12", "s2", "num", "type check ('integer') failed - got 'abc'\n"),
                new ParseError("file test.cfg line 14", "s2", "bogus", "unknown property type\n"),
                new ParseError("file test.cfg line 23", "s4", "req", "duplicate attribute\n"),
                new ParseError("file test.cfg line 30", "s7", "req", "duplicate attribute\n"));
    }

    @Test
    void warnsAboutEverythingItSkips() {
        assertThat(parsed().warnings()).containsExactly(
                "file test.cfg line 12 (section 's2') - unable to parse value of 'num': "
                        + "type check ('integer') failed - got 'abc'\n",
                "file test.cfg line 14 (section 's2') - unable to parse value of 'bogus': unknown property type\n",
                "file test.cfg line 15 (section 's2') - ignore config line: not indented\n",
                "file test.cfg line 18 (skip section 's3'): missing value for required option 'req'\n",
                "file test.cfg line 22 (section 's4') - ignore config line: a: s5\n",
                "file test.cfg line 23 (section 's4') - unable to parse value of 'req': duplicate attribute\n",
                "file test.cfg line 25 (skip section 's6'): unsupported type 'zzz'\n",
                "file test.cfg line 30 (section 's7') - unable to parse value of 'req': duplicate attribute\n");
    }

    @Test
    void writesCommentAndDisableFirstThenRequiredThenSortedOptions() {
        SectionConfigData data = parsed();
        String s1 = CONFIG.write("test.cfg", SectionConfigData.of(Map.of("s1", data.ids().get("s1")), Map.of()), false);
        assertThat(s1).isEqualTo("a: s1\n\tcomment hello world\n\tdisable\n\treq x\n\tlist one\n\tlist two\n\tnum 7\n\n");
    }

    @Test
    void omitsFalseCommentAndDisableAndEmptyValuesOfANewSection() {
        ObjectNode section = (ObjectNode) json("{'type':'a','req':'n','num':0,'comment':'','disable':0,'list':['x','y']}");
        String text = CONFIG.write("f", SectionConfigData.of(Map.of("new1", section), Map.of()), false);
        assertThat(text).isEqualTo("a: new1\n\treq n\n\tlist x\n\tlist y\n\tnum 0\n\n");
    }

    @Test
    void writeReportsMissingRequiredUnknownTypeAndLineFeeds() {
        assertThat(writeError("q", "{'type':'a'}")).isEqualTo("section 'q' - missing value for required option 'req'\n");
        assertThat(writeError("q", "{'type':'zz'}")).isEqualTo("unknown section type 'zz'\n");
        assertThat(writeError("q", "{'type':'a','req':'x\\ny'}")).isEqualTo("property 'req' contains a line feed\n");
        assertThat(writeError("q", "{'type':'a','req':'x','list':'one'}")).isEqualTo("property 'list' is not an array");
    }

    private static String writeError(String id, String section) {
        return catchThrowable(() -> CONFIG.write("f",
                SectionConfigData.of(Map.of(id, (ObjectNode) json(section)), Map.of()), false)).getMessage();
    }

    @Test
    void checkConfigReportsUpstreamsTexts() {
        assertThat(checkError("{'name':'abc','req':'x'}", false, false))
                .isEqualTo("can't change value of fixed parameter 'name'\n");
        assertThat(checkError("{'num':1}", true, false)).isEqualTo("missing value for required option 'req'\n");
        assertThat(checkError("{'req':'x','num':'1.5'}", true, false))
                .isEqualTo("type check ('integer') failed - got '1.5'\n");
        // the format error keeps its own newline and check_value adds one (die "$err\n")
        assertThat(checkError("{'req':'x','name':'a'}", true, false))
                .isEqualTo("invalid format - invalid configuration ID 'a'\n\n");
        assertThat(checkError("{'req':'x','bogus':'1'}", true, false)).isEqualTo("unexpected property 'bogus'\n");
        assertThat(checkError("{'req':null}", true, false)).isEqualTo("got undefined value for option 'req'\n");
    }

    private static String checkError(String config, boolean create, boolean skip) {
        return catchThrowable(() -> CONFIG.checkConfig("a", "s", (ObjectNode) json(config), create, skip)).getMessage();
    }

    @Test
    void checkConfigConvertsNumbersAndBooleans() {
        ObjectNode checked = CONFIG.checkConfig("a", "s", (ObjectNode) json("{'req':'x','num':'042','disable':true}"),
                true, false);
        assertSameJson(checked, "{'type':'a','req':'x','num':42,'disable':1}");
    }

    @Test
    void deleteRefusesRequiredFixedUnknownAndSetKeys() {
        Map<String, PluginOption> opts = CONFIG.options("a");
        ObjectNode section = (ObjectNode) json("{'type':'a','req':'x','num':5,'comment':'c'}");
        assertThat(catchThrowable(() -> DeleteOptions.apply(section, opts, (ObjectNode) json("{}"),
                List.of("num", "req")))).hasMessage("unable to delete required option 'req'\n");
        assertThat(section.has("num")).isFalse();
        assertThat(catchThrowable(() -> DeleteOptions.apply(section, opts, (ObjectNode) json("{'comment':'d'}"),
                List.of("comment")))).hasMessage("cannot set and delete property 'comment' at the same time!\n");
        assertThat(catchThrowable(() -> DeleteOptions.apply(section, opts, (ObjectNode) json("{}"), List.of("nope"))))
                .hasMessage("no such option 'nope'\n");
        assertThat(catchThrowable(() -> DeleteOptions.apply(section, opts, (ObjectNode) json("{}"), List.of("name"))))
                .hasMessage("unable to delete fixed option 'name'\n");
        DeleteOptions.apply(section, opts, (ObjectNode) json("{}"), List.of("comment"));
        assertSameJson(section, "{'type':'a','req':'x'}");
    }

    @Test
    void aLineWithJustZeroEndsASectionLikeAnEmptyLine() {
        SectionConfigData data = CONFIG.parse("f", "a: s1\n\treq x\n0\n\tnum 1\n", false);
        assertThat(data.warnings()).containsExactly("file f line 4 - ignore config line: \tnum 1\n");
        assertSameJson(idsAndOrder(data), "{'ids':{'s1':{'type':'a','req':'x'}},'order':{'s1':1}}");
    }

    @Test
    void aRepeatedSectionIdReplacesTheEarlierOneWithANewOrderNumber() {
        SectionConfigData data = CONFIG.parse("f", "a: s1\n\treq x\n\na: s2\n\treq y\n\na: s1\n\treq z\n", false);
        assertSameJson(idsAndOrder(data), "{'ids':{'s1':{'type':'a','req':'z'},'s2':{'type':'a','req':'y'}},"
                + "'order':{'s1':3,'s2':2}}");
        assertThat(CONFIG.write("f", data, false)).isEqualTo("a: s2\n\treq y\n\na: s1\n\treq z\n\n");
    }
}
