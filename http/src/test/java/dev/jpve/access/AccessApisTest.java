package dev.jpve.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.RestEnvironment;
import dev.jpve.schema.ApiException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class AccessApisTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private UserConfigStore store;
    private ApiHandler api;

    @BeforeEach
    void setUp() {
        store = new UserConfigStore(dir.resolve("user.cfg"));
        store.update(cfg -> UserCfg.parse("""
                user:alice@pve:1:0:
                user:bob@pve:1:0:
                token:bob@pve!ci:0:1:
                group:ops:bob@pve:
                acl:1:/vms/100:alice@pve:PVEVMAdmin:
                acl:1:/:@ops:PVEAuditor:
                """));
        api = ApiHandler.builder("PVE::API2::AccessControl").register(AccessApis.permissionsMethod(store))
                .mount("acl", AccessApis.aclHandler(store)).mount("roles", AccessApis.rolesHandler(store)).build();
    }

    private static RestEnvironment as(String user) {
        return new RestEnvironment() {
            @Override
            public Optional<String> user() {
                return Optional.of(user);
            }

            @Override
            public Type type() {
                return Type.PUB;
            }
        };
    }

    private JsonNode call(String method, String user, String params) {
        ApiHandler h = switch (method) {
            case "read_acl", "update_acl" -> AccessApis.aclHandler(store);
            case "index" -> AccessApis.rolesHandler(store);
            default -> api;
        };
        return h.call(method, (ObjectNode) JSON.readTree(params.replace('\'', '"')), as(user));
    }

    @Test
    void theAccessTreeResolvesTheMountedPaths() {
        assertThat(api.findHandler(dev.jpve.rest.HttpMethod.PUT, "acl")).isPresent();
        assertThat(api.findHandler(dev.jpve.rest.HttpMethod.GET, "roles")).isPresent();
        assertThat(api.findHandler(dev.jpve.rest.HttpMethod.GET, "permissions")).isPresent();
    }

    @Test
    void readAclListsEveryEntryForRootAndOnlyModifiablePathsForOthers() {
        assertThat(call("read_acl", "root@pam", "{}").toString()).isEqualTo(
                "[{\"path\":\"/\",\"type\":\"group\",\"ugid\":\"ops\",\"roleid\":\"PVEAuditor\",\"propagate\":1},"
                + "{\"path\":\"/vms/100\",\"type\":\"user\",\"ugid\":\"alice@pve\",\"roleid\":\"PVEVMAdmin\","
                + "\"propagate\":1}]");
        assertThat(call("read_acl", "alice@pve", "{}").toString()).isEqualTo(
                "[{\"path\":\"/vms/100\",\"type\":\"user\",\"ugid\":\"alice@pve\",\"roleid\":\"PVEVMAdmin\","
                + "\"propagate\":1}]");
    }

    @Test
    void updateAclAddsAndDeletesEntriesInUserCfg() throws Exception {
        call("update_acl", "root@pam", "{'path':'/storage/local','tokens':'bob@pve!ci','roles':'PVEDatastoreUser',"
                + "'propagate':0}");
        assertThat(java.nio.file.Files.readString(dir.resolve("user.cfg")))
                .contains("acl:0:/storage/local:bob@pve!ci:PVEDatastoreUser:\n");
        call("update_acl", "root@pam", "{'path':'/vms/100','users':'alice@pve','roles':'PVEVMAdmin','delete':1}");
        assertThat(store.current().aclEntries()).extracting(AclEntry::path).containsExactly("/", "/storage/local");
    }

    @Test
    void updateAclRefusesBadInputAndRolesBeyondTheCallersPrivileges() {
        assertThatThrownBy(() -> call("update_acl", "root@pam", "{'path':'/vms/100','roles':'PVEVMUser'}"))
                .isInstanceOf(ApiException.class).hasMessageContaining("either 'users', 'groups' or 'tokens' is required.");
        assertThatThrownBy(() -> call("update_acl", "root@pam", "{'path':'/bogus','users':'bob@pve','roles':'PVEVMUser'}"))
                .hasMessageContaining("invalid ACL path '/bogus'");
        assertThatThrownBy(() -> call("update_acl", "root@pam", "{'path':'/vms','users':'bob@pve','roles':'Nope'}"))
                .hasMessage("500 role 'Nope' does not exist\n");
        assertThatThrownBy(() -> call("update_acl", "alice@pve", "{'path':'/vms/100','users':'bob@pve','roles':'Administrator'}"))
                .hasMessageContaining("Cannot add role 'Administrator' - requires 'Permissions.Modify' or superset of privileges.");
        call("update_acl", "alice@pve", "{'path':'/vms/100','users':'bob@pve','roles':'PVEVMUser'}");
        assertThat(new Permissions(store.current()).has("bob@pve", "/vms/100", "VM.Console")).isTrue();
    }

    @Test
    void rolesListsBuiltInAndCustomRoles() {
        store.update(cfg -> cfg.withRole("Watcher", java.util.List.of("VM.Audit", "Sys.Audit")));
        JsonNode roles = call("index", "alice@pve", "{}");
        assertThat(roles.toString()).contains("{\"roleid\":\"NoAccess\",\"privs\":\"\",\"special\":1}",
                "{\"roleid\":\"Watcher\",\"privs\":\"Sys.Audit,VM.Audit\",\"special\":0}",
                "{\"roleid\":\"PVETemplateUser\",\"privs\":\"VM.Audit,VM.Clone\",\"special\":1}");
    }

    @Test
    void permissionsShowsOwnAndOwnedTokensButOthersOnlyWithSysAudit() {
        assertThat(call("permissions", "alice@pve", "{'path':'/vms/100'}").toString()).startsWith(
                "{\"/vms/100\":{\"VM.Allocate\":1,");
        assertThat(call("permissions", "bob@pve", "{'userid':'bob@pve!ci'}").toString()).isEqualTo("{}");
        assertThatThrownBy(() -> call("permissions", "alice@pve", "{'userid':'bob@pve'}"))
                .hasMessage("403 Permission check failed (/access, Sys.Audit)\n");
        assertThat(call("permissions", "bob@pve", "{'userid':'alice@pve'}").has("/vms/100")).isTrue();
    }
}
