package dev.jpve.schema;

import static dev.jpve.schema.JsonTesting.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class StandardOptionsTest {
    @Test
    void vmidOptionIsAsUpstream() {
        JsonTesting.assertSameJson(StandardOptions.PVE_VMID.toJson(), json("{'type':'integer','format':'pve-vmid',"
                + "'minimum':100,'maximum':999999999,'description':'The (unique) ID of the VM.'}"));
    }

    @Test
    void baseKeysWinOverTheStandardOnes() {
        Schema s = StandardOptions.standard().get("pve-vmid", (ObjectNode) json("{'optional':1,'description':'x'}"));
        assertThat(s.isOptional()).isTrue();
        assertThat(s.common().description()).contains("x");
        assertThat(((IntegerSchema) s).rules().minimum().orElseThrow().value()).isEqualTo(100);
    }

    @Test
    void unknownAndDuplicateNamesFail() {
        StandardOptions o = StandardOptions.standard();
        assertThatThrownBy(() -> o.get("nope")).hasMessage("no such standard option 'nope'\n");
        assertThatThrownBy(() -> o.register("pve-node", StandardOptions.PVE_NODE))
                .hasMessage("standard option 'pve-node' already registered\n");
    }

    @Test
    void everyStandardOptionValidatesItsTypicalValue() {
        Validator v = Validator.of(StandardOptions.PVE_NODE, Formats.standard());
        assertThat(v.errors(json("'pve1'"))).isEmpty();
        assertThat(Validator.of(StandardOptions.PVE_VMID, Formats.standard()).errors(json("'99'")))
                .containsEntry("_root", "invalid format - value does not look like a valid VM ID\n");
    }
}
