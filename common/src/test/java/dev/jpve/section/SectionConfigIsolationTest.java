package dev.jpve.section;

import static dev.jpve.section.SectionFixtures.assertSameJson;
import static dev.jpve.section.SectionFixtures.idsAndOrder;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spec 6.9, isolated variant: upstream section_config_property_isolation_test.pl. */
class SectionConfigIsolationTest {
    private static final SectionConfig CONFIG = SectionFixtures.isolated();

    private static final String TEST1 = """
            one: t1
            \tcommon foo
            \tfield1 3
            \tfield2 10
            \tarrayfield subfield1=test

            one: t2
            \tcommon foo2
            \tfield1 4
            \tfield2 15
            \tanother more-text

            two: t3
            \tfield2 5
            \tanother even more text
            """;

    private static final String ONE_PROPS = """
            'common':{'maxLength':512,'optional':1,'type':'string','description':'common value'},
            'field1':{'description':'Field One','type':'integer','minimum':3,'maximum':9 %1$s},
            'field2':{'description':'Field Two','type':'integer','minimum':10,'maximum':19 %1$s},
            'another':{'description':'Another field','type':'string','optional':1},
            'arrayfield':%2$s""";
    private static final String TWO_PROPS = """
            'common':{'maxLength':512,'optional':1,'type':'string','description':'common value'},
            'field2':{'description':'Field Two but different','type':'integer','minimum':3,'maximum':9 %1$s},
            'another':{'description':'Another field','type':'string' %1$s},
            'arrayfield':%2$s""";

    private static String oneOf(boolean update) {
        String optional = update ? ",'optional':1" : "";
        String arrayfield = SectionFixtures.ARRAYFIELD.replace("'type':'array',", "'type':'array','optional':1,");
        return "{'type-property':'type','type-property-schema':{'type':'string','description':'Section type.',"
                + "'enum':['one','two']},'oneOf':["
                + "{'instance-type':'one','additionalProperties':0,'properties':{"
                + ONE_PROPS.formatted(optional, arrayfield) + "}},"
                + "{'instance-type':'two','additionalProperties':0,'properties':{"
                + TWO_PROPS.formatted(optional, arrayfield) + "}}]}";
    }

    private static final String ID_PART = "{'additionalProperties':0,'properties':{'id':" + SectionFixtures.ID + "}}";

    @Test
    void parsesEachTypeWithItsOwnPropertySchemas() {
        SectionConfigData data = CONFIG.parse("property-isolation-test1", TEST1, false);
        assertSameJson(idsAndOrder(data), """
                {'ids':{'t1':{'type':'one','common':'foo','field1':3,'field2':10,'arrayfield':['subfield1=test']},
                 't2':{'type':'one','common':'foo2','field1':4,'field2':15,'another':'more-text'},
                 't3':{'type':'two','field2':5,'another':'even more text'}},
                 'order':{'t1':1,'t2':2,'t3':3}}""");
        assertThat(data.warnings()).isEmpty();
        String written = CONFIG.write("x", data, false);
        assertThat(idsAndOrder(CONFIG.parse("x", written, false))).isEqualTo(idsAndOrder(data));
    }

    @Test
    void reportsAValueOutsideThePluginsOwnRange() {
        SectionConfigData data = CONFIG.parse("wrong-field-schema", """
                one: t1
                \tcommon foo
                \tfield1 3
                \tfield2 5
                """, false);
        assertThat(data.warnings()).containsExactly("file wrong-field-schema line 4 (section 't1') - unable to parse "
                + "value of 'field2': value must have a minimum value of 10\n",
                "file wrong-field-schema line 4 (skip section 't1'): missing value for required option 'field2'\n");
        assertThat(data.ids()).containsEntry("t1", null);
        assertThat(data.errors()).containsExactly(new ParseError("file wrong-field-schema line 4", "t1", "field2",
                "value must have a minimum value of 10\n"));
    }

    @Test
    void createSchemaIsTheIdPartAndATypedOneOf() {
        assertSameJson(CONFIG.createSchema().toJson(), "{'allOf':[" + ID_PART + "," + oneOf(false) + "]}");
    }

    @Test
    void updateSchemaMakesEveryVariantPropertyOptional() {
        String update = "{'additionalProperties':0,'properties':{"
                + "'digest':{'optional':1,'type':'string','description':'Prevent changes if current configuration "
                + "file has a different digest. This can be used to prevent concurrent modifications.','maxLength':64},"
                + "'delete':{'description':'A list of settings you want to delete.','maxLength':4096,"
                + "'format':'pve-configid-list','optional':1,'type':'string'}}}";
        assertSameJson(CONFIG.updateSchema().toJson(), "{'allOf':[" + update + "," + ID_PART + "," + oneOf(true) + "]}");
    }

    @Test
    void skipTypeNeedsASingleType() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> CONFIG.createSchema(true, java.util.Map.of())))
                .hasMessage("cannot use 'skip_type' for configs with more than 1 section type\n");
    }
}
