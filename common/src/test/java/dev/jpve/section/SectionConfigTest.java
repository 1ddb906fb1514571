package dev.jpve.section;

import static dev.jpve.section.SectionFixtures.assertSameJson;
import static dev.jpve.section.SectionFixtures.idsAndOrder;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spec 6.9: upstream section_config_test.pl (unified mode). */
class SectionConfigTest {
    private static final SectionConfig CONFIG = SectionFixtures.unified();

    static final String TEST1 = """
            one: t1
            \tcommon foo
            \tfield1 3

            one: t2
            \tcommon foo2
            \tfield1 4
            \tanother more-text

            two: t3
            \tfield2 5
            \tanother even more text
            """;

    static final String WITH_UNKNOWN = """
            one: t1
            \tcommon foo
            \tfield1 3

            one: t2
            \tcommon foo2
            \tfield1 4
            \tanother more-text

            bad: invalid
            \tcommon omg
            \tunknownfield shouldnotbehere
            \tunknownarray entry1
            \tunknownarray entry2

            two: t3
            \tfield2 5
            \tanother even more text
            \tarrayfield subfield1=test,subfield2=2
            \tarrayfield subfield1=test2
            """;

    @Test
    void parsesThreeSectionsInFileOrder() {
        SectionConfigData data = CONFIG.parse("test1", TEST1, false);
        assertSameJson(idsAndOrder(data), """
                {'ids':{'t1':{'type':'one','common':'foo','field1':3},
                 't2':{'type':'one','common':'foo2','field1':4,'another':'more-text'},
                 't3':{'type':'two','field2':5,'another':'even more text'}},
                 'order':{'t1':1,'t2':2,'t3':3}}""");
        assertThat(data.errors()).isEmpty();
        assertThat(data.warnings()).isEmpty();
    }

    @Test
    void writingAndParsingAgainGivesTheSameData() {
        SectionConfigData data = CONFIG.parse("test1", TEST1, false);
        String written = CONFIG.write("test1", data, false);
        assertThat(written).isEqualTo("""
                one: t1
                \tfield1 3
                \tcommon foo

                one: t2
                \tfield1 4
                \tanother more-text
                \tcommon foo2

                two: t3
                \tanother even more text
                \tfield2 5

                """);
        assertThat(idsAndOrder(CONFIG.parse("test1", written, false))).isEqualTo(idsAndOrder(data));
    }

    @Test
    void skipsAnUnknownSectionTypeWithAWarning() {
        SectionConfigData data = CONFIG.parse("unknown-forbidden", WITH_UNKNOWN, false);
        assertThat(data.warnings()).containsExactly(
                "file unknown-forbidden line 10 (skip section 'invalid'): unsupported type 'bad'\n");
        assertThat(data.ids()).containsOnlyKeys("t1", "t2", "t3");
        assertThat(data.order()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("t1", 1, "t2", 2, "t3", 3));
    }

    @Test
    void keepsAnUnknownSectionRawWhenAllowed() {
        SectionConfigData data = CONFIG.parse("unknown-allowed", WITH_UNKNOWN, true);
        assertSameJson(idsAndOrder(data), """
                {'ids':{'t1':{'type':'one','common':'foo','field1':3},
                 't2':{'type':'one','common':'foo2','field1':4,'another':'more-text'},
                 'invalid':{'type':'bad','common':'omg','unknownfield':'shouldnotbehere',
                            'unknownarray':['entry1','entry2']},
                 't3':{'type':'two','field2':5,'another':'even more text',
                       'arrayfield':['subfield1=test,subfield2=2','subfield1=test2']}},
                 'order':{'t1':1,'t2':2,'invalid':3,'t3':4}}""");
        assertThat(data.warnings()).isEmpty();
        String written = CONFIG.write("unknown-allowed", data, true);
        assertThat(written).contains("""
                bad: invalid
                \tcommon omg
                \tunknownarray entry1
                \tunknownarray entry2
                \tunknownfield shouldnotbehere

                """);
        assertThat(idsAndOrder(CONFIG.parse("unknown-allowed", written, true))).isEqualTo(idsAndOrder(data));
    }

    @Test
    void refusesToWriteAnUnknownTypeUnlessAllowed() {
        SectionConfigData data = CONFIG.parse("unknown-allowed", WITH_UNKNOWN, true);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> CONFIG.write("x", data, false)))
                .isInstanceOf(SectionConfigException.class).hasMessage("unknown section type 'bad'\n");
    }

    @Test
    void digestIsTheSha1OfTheRawText() {
        assertThat(CONFIG.parse("x", "", false).digest()).isEqualTo("da39a3ee5e6b4b0d3255bfef95601890afd80709");
        assertThat(CONFIG.parse("x", "abc", false).digest()).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
    }

    @Test
    void aDifferentClientDigestMeansTheFileWasModified() {
        SectionConfigData data = CONFIG.parse("x", TEST1, false);
        data.assertNotModified(data.digest());
        data.assertNotModified("");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> data.assertNotModified("abc")))
                .hasMessage("detected modified configuration - file changed by other user? Try again.\n");
    }

    @Test
    void createSchemaKeepsRequiredBasePropertiesAndMakesPluginPropertiesOptional() {
        assertSameJson(CONFIG.createSchema().toJson(), """
                {'type':'object','additionalProperties':0,'properties':{
                 'id':{'description':'ID','type':'string','format':'pve-configid','maxLength':64},
                 'type':{'description':'Section type.','enum':['one','two'],'type':'string'},
                 'common':{'type':'string','description':'common value','maxLength':512},
                 'field1':{'description':'Field One','type':'integer','minimum':3,'maximum':9,'optional':1},
                 'field2':{'description':'Field Two','type':'integer','minimum':3,'maximum':9,'optional':1},
                 'arrayfield':{'description':'Array Field with property string','type':'array','optional':1,
                   'items':{'type':'string','description':'a property string','format':{
                     'subfield1':{'type':'string','description':'first subfield'},
                     'subfield2':{'type':'integer','minimum':0,'optional':1}}}},
                 'another':{'description':'Another field','type':'string','optional':1}}}""");
    }

    @Test
    void updateSchemaDropsTypeAndAddsDeleteAndDigest() {
        assertSameJson(CONFIG.updateSchema().toJson(), """
                {'type':'object','additionalProperties':0,'properties':{
                 'id':{'description':'ID','type':'string','format':'pve-configid','maxLength':64},
                 'common':{'type':'string','description':'common value','maxLength':512},
                 'field1':{'description':'Field One','type':'integer','minimum':3,'maximum':9,'optional':1},
                 'field2':{'description':'Field Two','type':'integer','minimum':3,'maximum':9,'optional':1},
                 'arrayfield':{'description':'Array Field with property string','type':'array','optional':1,
                   'items':{'type':'string','description':'a property string','format':{
                     'subfield1':{'type':'string','description':'first subfield'},
                     'subfield2':{'type':'integer','minimum':0,'optional':1}}}},
                 'another':{'description':'Another field','type':'string','optional':1},
                 'digest':{'type':'string','optional':1,'maxLength':64,'description':'Prevent changes if current \
                configuration file has a different digest. This can be used to prevent concurrent modifications.'},
                 'delete':{'type':'string','format':'pve-configid-list','description':'A list of settings you \
                want to delete.','maxLength':4096,'optional':1}}}""");
    }

    @Test
    void updateSchemaOfOneTypeHasOnlyItsOptions() {
        assertThat(CONFIG.updateSchema(java.util.Optional.of("one"), java.util.Map.of()).propertyMap().keySet())
                .containsExactlyInAnyOrder("common", "field1", "another", "digest", "delete");
    }

    @Test
    void createSchemaCanSkipTheType() {
        assertThat(CONFIG.createSchema(true, java.util.Map.of()).propertyMap()).doesNotContainKey("type");
    }
}
