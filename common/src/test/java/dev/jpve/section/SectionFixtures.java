package dev.jpve.section;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpve.schema.Schema;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The plugin sets of the spec's vectors (6.9 unified and isolated, 6.10) and JSON helpers. */
final class SectionFixtures {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private SectionFixtures() {}

    /** Parses JSON written with single quotes. */
    static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    static Schema schema(String text) {
        return Schema.fromJson(json(text));
    }

    /** Asserts equal JSON, ignoring object key order. */
    static void assertSameJson(JsonNode actual, String expected) {
        JsonNode e = json(expected);
        assertThat(actual.equals(e)).as("%s equals %s", actual, e).isTrue();
    }

    /** {ids, order} as one JSON object, for comparisons. */
    static ObjectNode idsAndOrder(SectionConfigData data) {
        ObjectNode o = JSON.createObjectNode();
        ObjectNode ids = o.putObject("ids");
        data.ids().forEach((id, section) -> ids.set(id, section == null ? JSON.nullNode() : section));
        ObjectNode order = o.putObject("order");
        data.order().forEach(order::put);
        return o;
    }

    static final String ID = "{'description':'ID','type':'string','format':'pve-configid','maxLength':64}";
    static final String ARRAYFIELD = "{'description':'Array Field with property string','type':'array',"
            + "'items':{'type':'string','description':'a property string','format':{"
            + "'subfield1':{'type':'string','description':'first subfield'},"
            + "'subfield2':{'type':'integer','minimum':0,'optional':1}}}}";

    /** Upstream section_config_test.pl: unified mode, {@code common} required in the base. */
    static SectionConfig unified() {
        SectionPlugin one = SectionPlugin.builder("one")
                .property("field1", schema("{'description':'Field One','type':'integer','minimum':3,'maximum':9}"))
                .property("another", schema("{'description':'Another field','type':'string'}"))
                .option("common", PluginOption.OPTIONAL).option("field1", PluginOption.REQUIRED)
                .option("another", PluginOption.OPTIONAL).build();
        SectionPlugin two = SectionPlugin.builder("two")
                .property("field2", schema("{'description':'Field Two','type':'integer','minimum':3,'maximum':9}"))
                .property("arrayfield", schema(ARRAYFIELD))
                .option("common", PluginOption.OPTIONAL).option("field2", PluginOption.REQUIRED)
                .option("another", PluginOption.REQUIRED).option("arrayfield", PluginOption.OPTIONAL).build();
        return SectionConfig.builder()
                .property("type", schema("{'description':'Section type.'}"))
                .property("id", schema(ID))
                .property("common", schema("{'type':'string','description':'common value','maxLength':512}"))
                .plugin(one).plugin(two).build();
    }

    /** Upstream section_config_property_isolation_test.pl. */
    static SectionConfig isolated() {
        String arrayfield = ARRAYFIELD.replace("'type':'array',", "'type':'array','optional':1,");
        SectionPlugin one = SectionPlugin.builder("one")
                .property("field1", schema("{'description':'Field One','type':'integer','minimum':3,'maximum':9}"))
                .property("field2", schema("{'description':'Field Two','type':'integer','minimum':10,'maximum':19}"))
                .property("another", schema("{'description':'Another field','type':'string','optional':1}"))
                .property("arrayfield", schema(arrayfield))
                .option("common", PluginOption.OPTIONAL).build();
        SectionPlugin two = SectionPlugin.builder("two")
                .property("field2", schema(
                        "{'description':'Field Two but different','type':'integer','minimum':3,'maximum':9}"))
                .property("another", schema("{'description':'Another field','type':'string'}"))
                .property("arrayfield", schema(arrayfield))
                .option("common", PluginOption.OPTIONAL).build();
        return SectionConfig.builder()
                .property("type", schema("{'description':'Section type.'}"))
                .property("id", schema(ID))
                .property("common", schema(
                        "{'type':'string','description':'common value','maxLength':512,'optional':1}"))
                .propertyIsolation(true)
                .plugin(one).plugin(two).build();
    }

    /** Spec 6.10: plugin {@code a}. */
    static SectionConfig extra() {
        Map<String, Schema> props = new LinkedHashMap<>();
        props.put("comment", schema("{'type':'string','optional':1}"));
        props.put("disable", schema("{'type':'boolean','optional':1}"));
        props.put("num", schema("{'type':'integer','optional':1}"));
        props.put("list", schema("{'type':'array','items':{'type':'string'},'optional':1}"));
        props.put("name", schema("{'type':'string','format':'pve-configid','optional':1}"));
        props.put("req", schema("{'type':'string'}"));
        SectionPlugin.Builder a = SectionPlugin.builder("a");
        props.forEach(a::property);
        a.option("comment", PluginOption.OPTIONAL).option("disable", PluginOption.OPTIONAL)
                .option("num", PluginOption.OPTIONAL).option("list", PluginOption.OPTIONAL)
                .option("name", PluginOption.OPTIONAL_FIXED).option("req", PluginOption.REQUIRED);
        return SectionConfig.builder().property("type", schema("{'description':'Section type.'}"))
                .plugin(a.build()).build();
    }
}
