package dev.jpve.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.HandlerMatch;
import dev.jpve.rest.HttpMethod;
import dev.jpve.rest.RestEnvironment;
import dev.jpve.schema.ApiException;
import dev.jpve.task.StartedTask;
import dev.jpve.task.TaskLogDirectory;
import dev.jpve.task.TaskRunner;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class TaskApiTest {
    @TempDir
    Path root;
    private TaskRunner runner;
    private ApiHandler api;

    /** A caller with optional Sys.Audit, recording result attributes. */
    static final class Caller implements RestEnvironment {
        final String user;
        final boolean audit;
        final Map<String, JsonNode> attributes = new HashMap<>();

        Caller(String user, boolean audit) {
            this.user = user;
            this.audit = audit;
        }

        @Override
        public Optional<String> user() {
            return Optional.of(user);
        }

        @Override
        public Type type() {
            return Type.PRIV;
        }

        @Override
        public void setResultAttribute(String key, JsonNode value) {
            attributes.put(key, value);
        }

        @Override
        public boolean hasPrivilege(String path, String privilege) {
            return audit && path.equals("/nodes/node1");
        }
    }

    @BeforeEach
    void setUp() {
        runner = TaskRunner.create(new TaskLogDirectory(root), "node1", (u, m) -> { });
        api = ApiHandler.builder("Nodes").mount("nodes/{node}/tasks", TaskApi.handler(runner)).build();
    }

    private JsonNode call(HttpMethod method, String path, RestEnvironment env, String... extra) {
        HandlerMatch m = api.findHandler(method, path).orElseThrow();
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        m.uriParams().forEach(params::put);
        for (int i = 0; i < extra.length; i += 2) {
            params.put(extra[i], extra[i + 1]);
        }
        return m.handler().handle(m.method(), params, env, true);
    }

    @Test
    void statusAndLogOfAFinishedTask() {
        StartedTask t = runner.start("qmstart", "100", "alice@pve", task -> task.log("hello"));
        t.completion().join();
        String base = "/nodes/node1/tasks/" + t.upid().encode();
        Caller alice = new Caller("alice@pve", false);
        JsonNode status = call(HttpMethod.GET, base + "/status", alice);
        assertThat(status.get("status").asString()).isEqualTo("stopped");
        assertThat(status.get("exitstatus").asString()).isEqualTo("OK");
        assertThat(status.get("type").asString()).isEqualTo("qmstart");
        assertThat(status.get("user").asString()).isEqualTo("alice@pve");
        assertThat(status.get("upid").asString()).isEqualTo(t.upid().encode());
        JsonNode log = call(HttpMethod.GET, base + "/log", alice, "start", "0", "limit", "50");
        assertThat(log.toString()).isEqualTo("[{\"n\":1,\"t\":\"hello\"},{\"n\":2,\"t\":\"TASK OK\"}]");
        assertThat(alice.attributes.get("total").asInt()).isEqualTo(2);
    }

    @Test
    void aRunningTaskCanBeStoppedByItsOwner() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        StartedTask t = runner.start("long", "", "alice@pve!tok", task -> {
            started.countDown();
            new CountDownLatch(1).await();
        });
        started.await();
        String base = "/nodes/node1/tasks/" + t.upid().encode();
        Caller alice = new Caller("alice@pve", false);
        JsonNode status = call(HttpMethod.GET, base + "/status", alice);
        assertThat(status.get("status").asString()).isEqualTo("running");
        assertThat(status.has("exitstatus")).isFalse();
        assertThat(status.get("tokenid").asString()).isEqualTo("tok");
        call(HttpMethod.DELETE, base, alice);
        assertThat(t.completion().join().status()).isEqualTo("received interrupt");
    }

    @Test
    void otherUsersTasksNeedSysAudit() {
        StartedTask t = runner.start("qmstart", "100", "root@pam", task -> { });
        t.completion().join();
        String base = "/nodes/node1/tasks/" + t.upid().encode();
        assertThatThrownBy(() -> call(HttpMethod.GET, base + "/status", new Caller("bob@pve", false)))
                .isInstanceOf(ApiException.class).satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo(403));
        assertThat(call(HttpMethod.GET, base + "/status", new Caller("bob@pve", true)).get("exitstatus").asString())
                .isEqualTo("OK");
        Caller bob = new Caller("bob@pve", false);
        assertThat(call(HttpMethod.GET, "/nodes/node1/tasks", bob, "source", "all")).isEmpty();
        assertThat(bob.attributes.get("total").asInt()).isZero();
        Caller auditor = new Caller("bob@pve", true);
        assertThat(call(HttpMethod.GET, "/nodes/node1/tasks", auditor, "source", "all")).hasSize(1);
    }

    @Test
    void anUnknownTaskIsAParameterError() {
        String upid = "UPID:node1:000004D2:0000162E:6553F100:qmstart:100:root@pam:";
        assertThatThrownBy(() -> call(HttpMethod.GET, "/nodes/node1/tasks/" + upid + "/status", new Caller("root@pam", true)))
                .hasMessage("400 Parameter verification failed.\nupid: no such task\n");
        assertThatThrownBy(() -> call(HttpMethod.GET, "/nodes/node1/tasks/UPID:bad/status", new Caller("root@pam", true)))
                .hasMessage("400 Parameter verification failed.\nupid: unable to parse worker upid\n");
    }
}
