package dev.jpve.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{'type':'string','format':'pve-vmid','optional':1,'description':'x'}",
        "{'type':'integer','minimum':'0','maximum':999999999,'optional':0}",
        "{'type':'number','minimum':1.5}",
        "{'type':'object','additionalProperties':0,'properties':{'a':{'type':'string','enum':['a',1]}}}",
        "{'type':'object','additionalProperties':{'type':'integer'}}",
        "{'type':'array','items':{'type':'string'},'links':[{'rel':'child','href':'{name}'}]}",
        "{'type':['string','array']}",
        "{'properties':{'first':{'type':'string'}},'additionalProperties':1}",
        "{'type-property':'type','type-property-schema':{'type':'string','enum':['one']},'oneOf':[{'instance-type':'one','properties':{}}]}",
        "{'allOf':[{'properties':{}},{'properties':{}}],'title':'t'}",
        "{'type':'string','format':{'model':{'type':'string','default_key':1},'mac':{'alias':'model','keyAlias':'x'}}}",
        "{'type':'string','requires':'b','fixed':1,'group':1,'renderer':'bytes','print_width':20}",
        "{'type':'string','properties':{'a':{}}}",
        "{'type':'null','default':null}",
        "{'type':'any'}",
        "{'type':'coderef'}",
        "{'type':{'type':'string'}}",
        "{'type':'object','requires':{'type':'object'},'instance-types':['a','b'],'type-property':'t'}"
    })
    void jsonRoundTripKeepsExactlyTheKeysThatWereSet(String text) {
        JsonNode in = json(text);
        JsonTesting.assertSameJson(Schema.fromJson(in).toJson(), in);
    }

    @Test
    void optionalZeroIsDistinctFromAbsent() {
        Schema zero = Schema.fromJson(json("{'type':'string','optional':0}"));
        Schema absent = Schema.fromJson(json("{'type':'string'}"));
        assertThat(zero).isNotEqualTo(absent);
        assertThat(zero.isOptional()).isFalse();
        assertThat(zero.toJson().has("optional")).isTrue();
        assertThat(absent.toJson().has("optional")).isFalse();
    }

    @Test
    void typeSelectsTheRecordKind() {
        assertThat(Schema.fromJson(json("{'type':'string'}"))).isInstanceOf(StringSchema.class);
        assertThat(Schema.fromJson(json("{'type':'integer'}"))).isInstanceOf(IntegerSchema.class);
        assertThat(Schema.fromJson(json("{'type':'object'}"))).isInstanceOf(ObjectSchema.class);
        assertThat(Schema.fromJson(json("{}"))).isInstanceOf(AnySchema.class);
    }

    @Test
    void numbersGivenAsStringsAreReadLeniently() {
        IntegerSchema s = (IntegerSchema) Schema.fromJson(json("{'type':'integer','minimum':'0','maxLength':'3'}"));
        assertThat(s.rules().minimum().orElseThrow().value()).isZero();
        assertThat(s.rules().maxLength()).contains(3);
    }

    @Test
    void keywordsNotApplyingToTheKindAreKeptAsExtra() {
        StringSchema s = (StringSchema) Schema.fromJson(json("{'type':'string','items':{'type':'string'}}"));
        assertThat(s.common().extra()).containsKey("items");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{'type':'integer','minimum':10,'maximum':5}|minimum",
        "{'type':'string','minLength':10,'maxLength':5}|minLength",
        "{'type':'string','pattern':'a('}|pattern",
        "{'type':'foo'}|type",
        "{'type':'integer','minimum':'abc'}|minimum",
        "{'type':'string','maxLength':'x'}|maxLength",
        "{'type':'string','keyAlias':'x'}|keyAlias",
        "{'type':'string','enum':'x'}|enum",
        "{'type':'array','items':[{'type':'string'}]}|items",
        "{'type':'object','properties':{'a':{'type':'integer','minimum':3,'maximum':1}}}|minimum"
    })
    void badDefinitionsFailWithAMessageNamingTheKey(String caseText) {
        String[] parts = caseText.split("\\|");
        assertThatThrownBy(() -> Schema.fromJson(json(parts[0])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(parts[1] + ":");
    }

    @Test
    void deeplyNestedSchemasAreRefused() {
        String nested = "{'type':'array','items':".repeat(200) + "{}" + "}".repeat(200);
        assertThatThrownBy(() -> Schema.fromJson(json(nested))).hasMessageContaining("nested deeper");
    }

    @Test
    void withOptionalSetsTheFlagAndKeepsTheRest() {
        Schema s = IntegerSchema.builder().minimum(100).description("d").build().withOptional();
        JsonTesting.assertSameJson(s.toJson(), json("{'type':'integer','minimum':100,'description':'d','optional':1}"));
    }

    @Test
    void uniformAccessorsWorkForEveryKind() {
        Schema s = Schema.fromJson(json("{'type':'integer','minimum':1}"));
        assertThat(s.scalarRules().minimum()).isPresent();
        assertThat(s.propertyMap()).isEmpty();
        assertThat(s.isObjectLike()).isFalse();
        assertThat(Schema.fromJson(json("{'properties':{'a':{}}}")).isObjectLike()).isTrue();
        assertThat(Schema.fromJson(json("{'allOf':[{}]}")).isObjectLike()).isTrue();
        assertThat(Schema.fromJson(json("{'type':'object'}")).scalarRules()).isEqualTo(ScalarRules.NONE);
    }
}
