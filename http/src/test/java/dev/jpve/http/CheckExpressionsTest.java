package dev.jpve.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.schema.ApiException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class CheckExpressionsTest {
    static final Map<String, Set<String>> ACL = Map.of(
            "/vms/100", Set.of("VM.Audit", "VM.Console"),
            "/nodes/n1", Set.of("Sys.Audit"));
    final CheckExpressions checker = new CheckExpressions((authId, path) ->
            authId.equals("alice@pve") ? ACL.getOrDefault(path, Set.of()) : Set.of());

    private static ObjectNode params(String json) {
        return (ObjectNode) TestApi.json(json);
    }

    private void check(String authId, String expr, String params) {
        checker.check(authId, TestApi.json(expr), params(params));
    }

    @Test
    void permSubstitutesParametersAndNeedsEveryPrivilege() {
        assertThatCode(() -> check("alice@pve", "['perm','/vms/{vmid}',['VM.Audit','VM.Console']]", "{'vmid':100}"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check("alice@pve", "['perm','/vms/{vmid}',['VM.Audit','VM.PowerMgmt']]", "{'vmid':100}"))
                .isInstanceOf(ApiException.class).hasMessage("403 Permission check failed (/vms/100, VM.PowerMgmt)\n");
        assertThatThrownBy(() -> check("bob@pve", "['perm','/vms/{vmid}',['VM.Audit']]", "{'vmid':100}"))
                .hasMessage("403 Permission check failed (/vms/100, VM.Audit)\n");
    }

    @Test
    void permWithAnyNeedsOnePrivilege() {
        assertThatCode(() -> check("alice@pve", "['perm','/nodes/{node}',['Sys.Modify','Sys.Audit'],'any',1]",
                "{'node':'n1'}")).doesNotThrowAnyException();
        assertThatThrownBy(() -> check("alice@pve", "['perm','/nodes/{node}',['Sys.Modify','Sys.PowerMgmt'],'any',1]",
                "{'node':'n1'}")).hasMessage("403 Permission check failed (/nodes/n1, Sys.Modify|Sys.PowerMgmt)\n");
    }

    @Test
    void andOrAndUseridSelfCombine() {
        assertThatCode(() -> check("alice@pve", "['or',['perm','/',['Sys.Audit']],['perm','/vms/100',['VM.Audit']]]", "{}"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check("alice@pve", "['and',['perm','/vms/100',['VM.Audit']],['perm','/',['Sys.Audit']]]",
                "{}")).hasMessage("403 Permission check failed (/, Sys.Audit)\n");
        assertThatThrownBy(() -> check("alice@pve", "['or',['perm','/',['Sys.Audit']]]", "{}"))
                .hasMessage("403 Permission check failed\n");
        assertThatCode(() -> check("alice@pve", "['userid-param','self']", "{'userid':'alice@pve'}"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check("alice@pve", "['userid-param','self']", "{'userid':'root@pam'}"))
                .hasMessage("403 Permission check failed\n");
    }

    @Test
    void aMissingPathParameterOrRequiredParameterRefuses() {
        assertThatThrownBy(() -> check("alice@pve", "['perm','/vms/{vmid}',['VM.Audit']]", "{}"))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> check("alice@pve", "['perm','/vms/100',['VM.Audit'],'require_param','x']", "{}"))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void pathsAreNormalised() {
        assertThat(CheckExpressions.normalise("//vms//100/")).isEqualTo("/vms/100");
        assertThat(CheckExpressions.normalise("/")).isEqualTo("/");
        assertThat(CheckExpressions.normalise("vms")).isEqualTo("/vms");
    }
}
