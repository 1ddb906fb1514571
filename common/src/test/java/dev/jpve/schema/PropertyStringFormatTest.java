package dev.jpve.schema;

import static dev.jpve.schema.JsonTesting.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PropertyStringFormatTest {
    private static final Formats FORMATS = Formats.standard();
    private static final String M = "property is missing and it is not optional";

    static Map<String, Schema> net() {
        Map<String, Schema> f = new LinkedHashMap<>();
        f.put("model", StringSchema.builder().enumValues("e1000", "virtio", "rtl8139", "vmxnet3").defaultKey().build());
        f.put("macaddr", StringSchema.builder().optional().formatDescription("XX:XX:XX:XX:XX:XX").build());
        f.put("bridge", StringSchema.builder().optional().formatDescription("bridge").build());
        f.put("firewall", BooleanSchema.builder().optional().build());
        f.put("tag", IntegerSchema.builder().optional().minimum(1).maximum(4094).build());
        f.put("size", StringSchema.builder().optional().format("disk-size").formatDescription("DiskSize").build());
        f.put("e1000", AnySchema.builder().alias("macaddr").keyAlias("model").build());
        f.put("virtio", AnySchema.builder().alias("macaddr").keyAlias("model").build());
        return f;
    }

    private static final PropertyStringFormat NET = PropertyStringFormat.of(net(), FORMATS);
    private static final PropertyStringFormat ENABLED = PropertyStringFormat.of(
            Map.of("enabled", BooleanSchema.builder().defaultKey().build()), FORMATS);
    private static final PropertyStringFormat ENABLED_NO_DEFAULT = PropertyStringFormat.of(
            Map.of("enabled", BooleanSchema.builder().build()), FORMATS);
    private static final PropertyStringFormat ENABLED_ALIAS = PropertyStringFormat.of(Map.of(
            "enabled", BooleanSchema.builder().defaultKey().build(),
            "active", AnySchema.builder().alias("enabled").build()), FORMATS);

    private static FormatException failure(PropertyStringFormat f, String text) {
        return catchThrowableOfType(FormatException.class, () -> f.parse(text, "net0", false, List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "yes", "on", "enabled=1", "enabled=true", "enabled=yes", "enabled=on"})
    void ps1BooleanWordsBecomeOne(String text) {
        assertThat(ENABLED.parse(text)).isEqualTo(json("{'enabled':1}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"enabled=wrong", "wrong"})
    void ps2NonBooleanWordsFailTheTypeCheck(String text) {
        assertThat(failure(ENABLED, text).text()).contains("type check ('boolean') failed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "yes", "on"})
    void ps3ValueWithoutKeyNeedsADefaultKey(String text) {
        assertThat(failure(ENABLED_NO_DEFAULT, text).getMessage())
                .isEqualTo("value without key, but schema does not define a default key\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"enabled=1", "enabled=true", "enabled=yes", "enabled=on"})
    void ps4KeyedBooleans(String text) {
        assertThat(ENABLED_NO_DEFAULT.parse(text)).isEqualTo(json("{'enabled':1}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "active=1", "active=true", "active=yes", "active=on"})
    void ps5AliasStoresUnderTheTarget(String text) {
        assertThat(ENABLED_ALIAS.parse(text)).isEqualTo(json("{'enabled':1}"));
    }

    @Test
    void ps6AliasValueIsCheckedWithTheTargetsSchema() {
        assertThat(failure(ENABLED_ALIAS, "active=wrong").text()).contains("type check ('boolean') failed");
    }

    @Test
    void ps7AliasAndTargetTogetherFail() {
        assertThat(failure(ENABLED_ALIAS, "enabled=1,active=1").getMessage()).contains("already defined (via alias)");
    }

    @Test
    void ps10To12And20ParseNetStrings() {
        assertThat(NET.parse("virtio")).isEqualTo(json("{'model':'virtio'}"));
        JsonTesting.assertSameJson(NET.parse("virtio=AA:BB:CC:DD:EE:FF,bridge=vmbr0,firewall=on"),
                json("{'model':'virtio','macaddr':'AA:BB:CC:DD:EE:FF','bridge':'vmbr0','firewall':1}"));
        JsonTesting.assertSameJson(NET.parse("e1000,firewall=yes,tag=5"), json("{'model':'e1000','firewall':1,'tag':'5'}"));
        JsonTesting.assertSameJson(NET.parse("model=virtio,bridge=a=b"), json("{'model':'virtio','bridge':'a=b'}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"virtio,virtio", "model=virtio,model=e1000", "virtio=AA:BB:CC:DD:EE:FF,model=e1000"})
    void ps13DuplicateModel(String text) {
        assertThat(failure(NET, text).getMessage()).isEqualTo("duplicate key in comma-separated list property: model\n");
    }

    @Test
    void ps14To19FormatErrorsCarryPathKeyedErrors() {
        FormatException e = failure(NET, "bridge=vmbr0");
        assertThat(e.getMessage()).isEqualTo("format error\n");
        assertThat(e.errors()).containsExactly(Map.entry("net0.model", M));
        assertThat(failure(NET, "foo=bar").errors()).containsOnly(Map.entry("net0.model", M), Map.entry("net0.foo",
                "property is not defined in schema and the schema does not allow additional properties"));
        assertThat(failure(NET, " , virtio , ").errors()).containsExactly(Map.entry("net0.model",
                "value ' virtio ' does not have a value in the enumeration 'e1000, virtio, rtl8139, vmxnet3'"));
        assertThat(failure(NET, "virtio,firewall=maybe").errors())
                .containsExactly(Map.entry("net0.firewall", "type check ('boolean') failed - got 'maybe'"));
        assertThat(failure(NET, "virtio,tag=0").errors())
                .containsExactly(Map.entry("net0.tag", "value must have a minimum value of 1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"model=", "=x"})
    void ps16MissingKey(String text) {
        assertThat(failure(NET, text).getMessage()).isEqualTo("missing key in comma-separated list property\n");
    }

    @Test
    void additionalPropertiesAndSkip() {
        JsonTesting.assertSameJson(NET.parse("virtio,foo=bar", "", true, List.of()), json("{'model':'virtio','foo':'bar'}"));
        JsonTesting.assertSameJson(NET.parse("virtio,tag=x", "", false, List.of("tag")), json("{'model':'virtio'}"));
    }

    @Test
    void printsNetStringsAsUpstream() {
        assertThat(NET.print(json("{'model':'virtio','bridge':'vmbr0','firewall':1}"))).isEqualTo("virtio,bridge=vmbr0,firewall=1");
        assertThat(NET.print(json("{'model':'virtio','macaddr':'AA:BB:CC:DD:EE:FF','tag':5}")))
                .isEqualTo("virtio=AA:BB:CC:DD:EE:FF,tag=5");
        assertThat(NET.print(json("{'model':'e1000','size':10737418240}"))).isEqualTo("e1000,size=10G");
    }

    @Test
    void printRefusesCommasAndInvalidData() {
        assertThat(catchThrowableOfType(FormatException.class, () -> NET.print(json("{'model':'virtio','bridge':'a,b'}")))
                .getMessage()).isEqualTo("illegal value with commas for bridge\n");
        FormatException e = catchThrowableOfType(FormatException.class, () -> NET.print(json("{'bridge':'x'}")));
        assertThat(e.getMessage()).isEqualTo("format error");
        assertThat(e.errors()).containsExactly(Map.entry("model", M));
    }

    @Test
    void typetextsAsUpstream() {
        assertThat(NET.typetext(false)).isEqualTo("[model=]<enum> [,bridge=<bridge>] [,firewall=<1|0>] "
                + "[,macaddr=<XX:XX:XX:XX:XX:XX>] [,size=<DiskSize>] [,tag=<integer>] [,<model>=<macaddr>]");
        assertThat(NET.typetext(true)).startsWith("[model=]<e1000|virtio|rtl8139|vmxnet3> ");
    }

    @Test
    void namedFormatsMustBeHashes() {
        assertThat(catchThrowableOfType(FormatException.class, () -> PropertyStringFormat.named("pve-vmid", FORMATS))
                .getMessage()).isEqualTo("parse_property_string only accepts hash based named formats\n");
        assertThat(catchThrowableOfType(FormatException.class, () -> PropertyStringFormat.named("nope", FORMATS))
                .getMessage()).isEqualTo("unknown format: nope\n");
    }
}
