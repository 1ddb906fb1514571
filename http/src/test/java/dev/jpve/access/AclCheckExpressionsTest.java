package dev.jpve.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.http.CheckExpressions;
import dev.jpve.schema.ApiException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class AclCheckExpressionsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private UserConfigStore store() {
        UserConfigStore store = new UserConfigStore(dir.resolve("user.cfg"));
        store.update(cfg -> cfg.withUser(User.of("alice@pve").withToken(new User.Token("ci", 0, true, "")))
                .withAcl(new AclEntry("/vms", "alice@pve", "PVEVMUser", true))
                .withAcl(new AclEntry("/vms/100", "alice@pve!ci", "PVEAuditor", false))
                .withAcl(new AclEntry("/access/realm/pve", "alice@pve", "PVEUserAdmin", false)));
        return store;
    }

    private static void check(CheckExpressions checker, String authId, String expr, String params) {
        checker.check(authId, json(expr), (ObjectNode) json(params));
    }

    @Test
    void permChecksAllowAndDenyByTheStoredAcl() {
        CheckExpressions checker = new CheckExpressions(store().privilegeSource());
        assertThatCode(() -> check(checker, "alice@pve", "['perm','/vms/{vmid}',['VM.Console']]", "{'vmid':100}"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check(checker, "alice@pve", "['perm','/vms/{vmid}',['VM.Allocate']]",
                "{'vmid':100}")).isInstanceOf(ApiException.class)
                .hasMessage("403 Permission check failed (/vms/100, VM.Allocate)\n");
        assertThatThrownBy(() -> check(checker, "alice@pve", "['perm','/nodes/n1',['Sys.Audit']]", "{}"))
                .hasMessage("403 Permission check failed (/nodes/n1, Sys.Audit)\n");
    }

    @Test
    void aPrivilegeSeparatedTokenIsCappedByItsOwnAcl() {
        CheckExpressions checker = new CheckExpressions(store().privilegeSource());
        assertThatCode(() -> check(checker, "alice@pve!ci", "['perm','/vms/100',['VM.Audit']]", "{}"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check(checker, "alice@pve!ci", "['perm','/vms/100',['VM.Console']]", "{}"))
                .hasMessage("403 Permission check failed (/vms/100, VM.Console)\n");
    }

    @Test
    void permModifyAndRealmAllocateUserUseTheAcl() {
        CheckExpressions checker = new CheckExpressions(store().privilegeSource());
        assertThatThrownBy(() -> check(checker, "alice@pve", "['perm-modify','/vms/{vmid}']", "{'vmid':100}"))
                .hasMessage("403 Permission check failed (/vms/100, Permissions.Modify|VM.Allocate)\n");
        assertThatCode(() -> check(checker, "alice@pve", "['userid-param','Realm.AllocateUser']",
                "{'userid':'bob@pve'}")).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(checker, "alice@pve", "['userid-param','Realm.AllocateUser']",
                "{'userid':'bob@pam'}")).hasMessage(
                "403 Permission check failed (/access/realm/pam, Realm.AllocateUser)\n");
    }

    @Test
    void useridGroupAllowsUserAdministrationThroughGroups() {
        UserConfigStore store = store();
        store.update(cfg -> cfg.withUser(User.of("bob@pve")).withUser(User.of("carol@pve"))
                .withGroup(Group.of("team", java.util.List.of("bob@pve")))
                .withGroup(Group.of("other", java.util.List.of("carol@pve")))
                .withAcl(new AclEntry("/access/groups/team", "alice@pve", "PVEUserAdmin", false)));
        CheckExpressions checker = new CheckExpressions(store.privilegeSource());
        String expr = "['userid-group',['User.Modify','Sys.Audit']]";
        assertThatCode(() -> check(checker, "alice@pve", expr, "{'userid':'bob@pve'}")).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(checker, "alice@pve", expr, "{'userid':'carol@pve'}"))
                .hasMessage("403 Permission check failed\n");
        assertThatThrownBy(() -> check(checker, "alice@pve", expr, "{'userid':'nobody@pve'}"))
                .hasMessage("500 no such user ('nobody@pve')\n");
        String create = "['userid-group',['User.Modify'],'groups_param','create']";
        assertThatCode(() -> check(checker, "alice@pve", create, "{'userid':'new@pve','groups':'team'}"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check(checker, "alice@pve", create, "{'userid':'new@pve','groups':'team,other'}"))
                .hasMessage("403 Permission check failed (/access/groups/other, User.Modify)\n");
        assertThatThrownBy(() -> check(checker, "alice@pve", create, "{'userid':'new@pve'}"))
                .hasMessage("403 Permission check failed (/access/groups, User.Modify)\n");
    }

    @Test
    void theStoreWritesUserCfgAndSeesChangesMadeToTheFile() throws Exception {
        UserConfigStore store = store();
        assertThat(Files.readString(dir.resolve("user.cfg"))).contains(
                "acl:1:/vms:alice@pve:PVEVMUser:\n", "token:alice@pve!ci:0:1::\n");
        Files.writeString(dir.resolve("user.cfg.tmp"), "user:bob@pve:1:0:\nacl:1:/:bob@pve:Administrator:\n");
        Files.move(dir.resolve("user.cfg.tmp"), dir.resolve("user.cfg"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(store.permissions().has("bob@pve", "/nodes/x", "Sys.Modify")).isTrue();
        assertThat(store.permissions().has("alice@pve", "/vms/1", "VM.Console")).isFalse();
    }

    @Test
    void anAbsentFileIsTheEmptyConfiguration() {
        UserConfigStore store = new UserConfigStore(dir.resolve("none.cfg"));
        assertThat(store.current()).isEqualTo(UserConfig.empty());
        assertThat(store.permissions().privileges("alice@pve", "/")).isEmpty();
    }
}
