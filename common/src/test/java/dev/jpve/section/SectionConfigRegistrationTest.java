package dev.jpve.section;

import static dev.jpve.section.SectionFixtures.assertSameJson;
import static dev.jpve.section.SectionFixtures.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.jpve.schema.Schema;
import org.junit.jupiter.api.Test;

/** Plugin registration and {@code init()} in unified, isolated and partially isolated modes (spec 5.2). */
class SectionConfigRegistrationTest {
    private static final Schema STRING = schema("{'type':'string'}");
    private static final Schema OPTIONAL_STRING = schema("{'type':'string','optional':1}");

    private static SectionPlugin.Builder plugin(String type) {
        return SectionPlugin.builder(type);
    }

    private static String buildError(SectionConfig.Builder b) {
        return catchThrowable(b::build).getMessage();
    }

    @Test
    void refusesADuplicatePluginType() {
        assertThat(buildError(SectionConfig.builder().plugin(plugin("a").build()).plugin(plugin("a").build())))
                .isEqualTo("duplicate plugin registration (type = a)");
    }

    @Test
    void unifiedModeRefusesADuplicateOrUndefinedProperty() {
        assertThat(buildError(SectionConfig.builder().plugin(plugin("a").property("x", STRING).build())
                .plugin(plugin("b").property("x", STRING).build()))).isEqualTo("duplicate property 'x'");
        assertThat(buildError(SectionConfig.builder().plugin(plugin("a").option("x", PluginOption.OPTIONAL).build())))
                .isEqualTo("undefined property 'x'");
    }

    @Test
    void isolatedModeRefusesAnotherPluginsProperty() {
        assertThat(buildError(SectionConfig.builder().propertyIsolation(true)
                .plugin(plugin("a").property("x", STRING).build())
                .plugin(plugin("b").option("x", PluginOption.OPTIONAL).build())))
                .isEqualTo("cannot use property 'x' of foreign plugin ('a') in isolation mode\n");
    }

    @Test
    void partialIsolationChecksWhoMayUseWhat() {
        SectionPlugin isolated = plugin("iso").property("secret", STRING).property("shared", OPTIONAL_STRING)
                .isolateProperties().expose("shared").build();
        assertThat(buildError(SectionConfig.builder().plugin(isolated)
                .plugin(plugin("open").option("secret", PluginOption.OPTIONAL).build())))
                .isEqualTo("cannot use property 'secret' from isolated plugin 'iso'\n");
        assertThat(buildError(SectionConfig.builder().plugin(isolated)
                .plugin(plugin("open").property("mine", STRING).build())
                .plugin(plugin("iso2").isolateProperties().option("mine", PluginOption.OPTIONAL).build())))
                .isEqualTo("isolated plugin cannot use property 'mine' from foreign plugin 'open'\n");
        assertThat(buildError(SectionConfig.builder().property("shared", STRING).plugin(isolated)))
                .isEqualTo("duplicate property 'shared' - already defined in '<base>'\n");
    }

    @Test
    void partialIsolationLetsOthersUseExposedProperties() {
        SectionConfig config = SectionConfig.builder()
                .property("type", schema("{'description':'Section type.'}"))
                .plugin(plugin("iso").property("secret", STRING).property("shared", OPTIONAL_STRING)
                        .isolateProperties().expose("shared").build())
                .plugin(plugin("open").option("shared", PluginOption.REQUIRED).build())
                .build();
        assertThat(config.options("iso")).containsEntry("secret", PluginOption.REQUIRED)
                .containsEntry("shared", PluginOption.OPTIONAL);
        SectionConfigData data = config.parse("f", "open: o1\n\tshared yes\n\niso: i1\n\tsecret s\n", false);
        assertThat(data.warnings()).isEmpty();
        assertSameJson(data.ids().get("o1"), "{'type':'open','shared':'yes'}");
        assertSameJson(data.ids().get("i1"), "{'type':'iso','secret':'s'}");
    }

    @Test
    void requiredBasePropertiesNoPluginUsesAreCommonInIsolatedSchemas() {
        SectionConfig config = SectionConfig.builder().propertyIsolation(true)
                .property("type", schema("{'description':'Section type.'}"))
                .property("id", STRING)
                .plugin(plugin("only").property("x", OPTIONAL_STRING).option("x", PluginOption.FIXED).build())
                .build();
        assertSameJson(config.createSchema(true, java.util.Map.of()).toJson(), """
                {'allOf':[{'additionalProperties':0,'properties':{'id':{'type':'string'}}},
                 {'additionalProperties':0,'properties':{'x':{'type':'string','optional':1}}}]}""");
        assertSameJson(config.updateSchema(java.util.Optional.of("only"), java.util.Map.of()).toJson(), """
                {'allOf':[{'additionalProperties':0,'properties':{
                   'digest':%s,
                   'delete':{'type':'string','format':'pve-configid-list','description':'A list of settings you \
                want to delete.','maxLength':4096,'optional':1}}},
                 {'additionalProperties':0,'properties':{'id':{'type':'string'}}},
                 {'additionalProperties':0,'properties':{}}]}""".formatted(
                dev.jpve.schema.StandardOptions.PVE_CONFIG_DIGEST.toJson().toString().replace('"', '\'')));
    }

    @Test
    void lookupNamesAnUnknownType() {
        SectionConfig config = SectionFixtures.unified();
        assertThat(config.types()).containsExactly("one", "two");
        assertThat(catchThrowable(() -> config.lookup("x"))).hasMessage("unknown section type 'x'\n");
    }
}
