package dev.jpve.conformance;

import dev.jpve.schema.Schema;
import dev.jpve.section.PluginOption;
import dev.jpve.section.SectionConfig;
import dev.jpve.section.SectionPlugin;
import tools.jackson.databind.json.JsonMapper;

/** The fixed plugin set of the {@code sectionconfig} name (spec/conformance.md), in unified mode. */
final class SectionConfigFixture {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SectionConfigFixture() {}

    private static Schema schema(String json) {
        return Schema.fromJson(JSON.readTree(json.replace('\'', '"')));
    }

    static SectionConfig build() {
        return SectionConfig.builder()
                .property("type", schema("{'description':'Section type.'}"))
                .property("id", schema("{'description':'ID','type':'string','format':'pve-configid','maxLength':64}"))
                .property("common", schema("{'type':'string','description':'common value','maxLength':512}"))
                .plugin(one()).plugin(two()).plugin(three())
                .build();
    }

    private static SectionPlugin one() {
        return SectionPlugin.builder("one")
                .property("field1", schema("{'description':'Field One','type':'integer','minimum':3,'maximum':9}"))
                .property("another", schema("{'description':'Another field','type':'string'}"))
                .option("common", PluginOption.OPTIONAL)
                .option("field1", PluginOption.REQUIRED)
                .option("another", PluginOption.OPTIONAL)
                .build();
    }

    private static SectionPlugin two() {
        return SectionPlugin.builder("two")
                .property("field2", schema("{'description':'Field Two','type':'integer','minimum':3,'maximum':9}"))
                .property("arrayfield", schema("{'description':'Array Field with property string','type':'array',"
                        + "'items':{'type':'string','description':'a property string','format':{"
                        + "'subfield1':{'type':'string','description':'first subfield'},"
                        + "'subfield2':{'type':'integer','minimum':0,'optional':1}}}}"))
                .option("common", PluginOption.OPTIONAL)
                .option("field2", PluginOption.REQUIRED)
                .option("another", PluginOption.REQUIRED)
                .option("arrayfield", PluginOption.OPTIONAL)
                .build();
    }

    private static SectionPlugin three() {
        return SectionPlugin.builder("three")
                .property("enabled", schema("{'type':'boolean'}"))
                .property("mode", schema("{'type':'string','enum':['fast','slow'],'default':'fast'}"))
                .property("count", schema("{'type':'integer','minimum':0}"))
                .property("disk", schema("{'type':'string','format':{"
                        + "'file':{'type':'string','default_key':1},"
                        + "'size':{'type':'string','format':'disk-size','optional':1},"
                        + "'ro':{'type':'boolean','optional':1}}}"))
                .property("comment", schema("{'type':'string'}"))
                .option("enabled", PluginOption.OPTIONAL)
                .option("mode", PluginOption.OPTIONAL)
                .option("count", PluginOption.OPTIONAL)
                .option("disk", PluginOption.OPTIONAL)
                .option("comment", PluginOption.OPTIONAL)
                .option("common", PluginOption.OPTIONAL)
                .build();
    }
}
