package dev.jpve.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.RestEnvironment;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class UsersApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private UserConfigStore store;
    private ApiHandler api;

    @BeforeEach
    void setUp() {
        store = new UserConfigStore(dir.resolve("user.cfg"));
        store.update(cfg -> UserCfg.parse("""
                user:alice@pve:1:0:Alice::alice@example.com:
                token:alice@pve!ci:0:1:
                user:bob@pve:0:0:
                group:team:alice@pve:
                acl:0:/access/groups/team:bob@pve:PVEUserAdmin:
                """));
        api = UsersApi.handler(store);
    }

    private JsonNode call(String method, String user, String params) {
        RestEnvironment env = new RestEnvironment() {
            @Override
            public Optional<String> user() {
                return Optional.of(user);
            }

            @Override
            public Type type() {
                return Type.PUB;
            }
        };
        return api.call(method, (ObjectNode) JSON.readTree(params.replace('\'', '"')), env);
    }

    @Test
    void indexListsUsersTheCallerMayAdministerAndItself() {
        assertThat(call("index", "root@pam", "{}").toString()).isEqualTo("[{\"enable\":1,\"expire\":0,"
                + "\"firstname\":\"Alice\",\"email\":\"alice@example.com\",\"userid\":\"alice@pve\"},"
                + "{\"enable\":0,\"expire\":0,\"userid\":\"bob@pve\"},{\"enable\":1,\"expire\":0,\"userid\":\"root@pam\"}]");
        assertThat(call("index", "bob@pve", "{'full':1}").toString()).isEqualTo("[{\"enable\":1,\"expire\":0,"
                + "\"firstname\":\"Alice\",\"email\":\"alice@example.com\",\"groups\":\"team\","
                + "\"tokens\":[{\"tokenid\":\"ci\",\"expire\":0,\"privsep\":1}],\"userid\":\"alice@pve\"},"
                + "{\"enable\":0,\"expire\":0,\"groups\":\"\",\"tokens\":[],\"userid\":\"bob@pve\"}]");
        assertThat(call("index", "root@pam", "{'enabled':0}").toString()).contains("bob@pve").doesNotContain("alice");
    }

    @Test
    void createReadUpdateAndDeleteAUser() {
        call("create_user", "root@pam", "{'userid':'carol@pve','comment':'new: hire','groups':'team','expire':5}");
        assertThat(store.current().users().get("carol@pve").comment()).isEqualTo("new: hire");
        assertThat(call("read_user", "root@pam", "{'userid':'carol@pve'}").toString()).isEqualTo(
                "{\"enable\":1,\"expire\":5,\"comment\":\"new: hire\",\"groups\":[\"team\"],\"tokens\":{}}");
        call("update_user", "root@pam", "{'userid':'carol@pve','enable':0,'groups':''}");
        assertThat(store.current().users().get("carol@pve").enable()).isFalse();
        assertThat(store.current().groups().get("team").members()).containsExactly("alice@pve");
        call("delete_user", "root@pam", "{'userid':'carol@pve'}");
        assertThat(store.current().users()).doesNotContainKey("carol@pve");
    }

    @Test
    void createRefusesExistingUsersAndUnknownGroups() {
        assertThatThrownBy(() -> call("create_user", "root@pam", "{'userid':'alice@pve'}"))
                .hasMessage("500 create user failed: user 'alice@pve' already exists\n");
        assertThatThrownBy(() -> call("create_user", "root@pam", "{'userid':'dave@pve','groups':'nope'}"))
                .hasMessage("500 create user failed: no such group 'nope'\n");
        assertThatThrownBy(() -> call("read_user", "root@pam", "{'userid':'nobody@pve'}"))
                .hasMessage("500 no such user ('nobody@pve')\n");
    }
}
