package dev.jpve.node.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.HandlerMatch;
import dev.jpve.rest.HttpMethod;
import dev.jpve.rest.RestEnvironment;
import dev.jpve.rest.TaskEnvironment;
import dev.jpve.schema.ApiException;
import dev.jpve.task.TaskLogDirectory;
import dev.jpve.task.TaskRunner;
import dev.jpve.task.Upid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The app API in process: the handler tree as the node mounts it, tasks on a real runner. */
class AppApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path data;

    private AppGuests apps;
    private TaskRunner runner;
    private ApiHandler tree;
    private RestEnvironment root;

    @BeforeEach
    void setUp() {
        apps = AppGuests.open(data, "n1", Optional.empty());
        runner = TaskRunner.create(new TaskLogDirectory(data.resolve("tasks")), "n1", (user, msg) -> { });
        tree = ApiHandler.builder("test").mount("nodes/{node}/app", AppApi.handler(apps)).build();
        root = TaskEnvironment.daemon(RestEnvironment.Type.PUB, "root@pam", runner);
    }

    @AfterEach
    void stopApps() {
        for (int vmid : new int[] {100, 101}) {
            apps.supervisor().stop(vmid);
        }
    }

    private JsonNode call(HttpMethod method, String path, String params) {
        return call(root, method, path, params);
    }

    private JsonNode call(RestEnvironment env, HttpMethod method, String path, String params) {
        HandlerMatch m = tree.findHandler(method, path).orElseThrow(() -> new AssertionError("no method " + path));
        ObjectNode p = (ObjectNode) JSON.readTree(params.replace('\'', '"'));
        m.uriParams().forEach(p::put);
        return m.handler().handle(m.method(), p, env, true);
    }

    /**
     * Runs a task method and waits for the task's end; returns its status. A task that ended
     * before it was looked up has its status in its log already.
     */
    private String task(HttpMethod method, String path, String params) {
        String upid = call(method, path, params).asString();
        return runner.completion(Upid.decode(upid)).map(done -> done.join().status())
                .orElseGet(() -> runner.logDirectory().readStatus(upid));
    }

    private void ok(HttpMethod method, String path, String params) {
        assertThat(task(method, path, params)).as(path).isEqualTo("OK");
    }

    private Path volume(String key) {
        String value = call(HttpMethod.GET, "nodes/n1/app/100/config", "{}").get(key).asString();
        return apps.storage().path(AppVolumes.volid(value));
    }

    @Test
    void anAppLivesThroughCreateStartSnapshotRollbackAndDestroy() throws IOException {
        ok(HttpMethod.POST, "nodes/n1/app", "{'vmid':100,'cmd':'sleep 600','rootfs':'local:dir','mp0':'local:0.01',"
                + "'memory':256,'description':'demo app'}");
        JsonNode config = call(HttpMethod.GET, "nodes/n1/app/100/config", "{}");
        assertThat(config.get("rootfs").asString()).isEqualTo("local:100/vm-100-disk-0");
        assertThat(config.get("mp0").asString()).isEqualTo("local:100/vm-100-disk-1.raw,size=10M");
        assertThat(config.get("memory").asInt()).isEqualTo(256);
        assertThat(config.get("description").asString()).as("comment lines keep their newline, as pve-container").isEqualTo("demo app\n");

        ok(HttpMethod.POST, "nodes/n1/app/100/status/start", "{}");
        assertThat(call(HttpMethod.GET, "nodes/n1/app/100/status/current", "{}").get("status").asString())
                .isEqualTo("running");
        Path file = volume("rootfs").resolve("data.txt");
        Files.writeString(file, "before");

        ok(HttpMethod.POST, "nodes/n1/app/100/snapshot", "{'snapname':'s1','description':'first'}");
        Files.writeString(file, "after");
        assertThat(call(HttpMethod.GET, "nodes/n1/app/100/snapshot", "{}").toString())
                .contains("\"name\":\"s1\"", "\"description\":\"first\\n\"", "\"name\":\"current\"", "\"running\":1");

        ok(HttpMethod.POST, "nodes/n1/app/100/snapshot/s1/rollback", "{}");
        assertThat(file).hasContent("before");
        assertThat(call(HttpMethod.GET, "nodes/n1/app/100/status/current", "{}").get("status").asString())
                .isEqualTo("stopped");

        ok(HttpMethod.DELETE, "nodes/n1/app/100/snapshot/s1", "{}");
        assertThat(call(HttpMethod.GET, "nodes/n1/app/100/snapshot", "{}")).hasSize(1);
        assertThat(volume("rootfs").resolveSibling("vm-100-disk-0@s1")).doesNotExist();

        assertThat(data.resolve("etc/nodes/n1/app/100.conf")).exists();
        ok(HttpMethod.POST, "nodes/n1/app/100/status/start", "{}");
        ok(HttpMethod.POST, "nodes/n1/app/100/status/stop", "{}");
        ok(HttpMethod.DELETE, "nodes/n1/app/100", "{'purge':1}");
        assertThat(call(HttpMethod.GET, "nodes/n1/app", "{}")).isEmpty();
        assertThat(data.resolve("storage/images/100")).doesNotExist();
        assertThat(data.resolve("etc/nodes/n1/app/100.conf")).doesNotExist();
    }

    @Test
    void badParametersGetA400WithAnErrorPerParameter() {
        assertThatThrownBy(() -> call(HttpMethod.POST, "nodes/n1/app",
                "{'vmid':5,'memory':'lots','rootfs':'nfs:1','bogus':1}"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.errors()).containsOnlyKeys("vmid", "memory", "rootfs", "bogus");
                });
        assertThat(apps.configs().snapshotList(5)).isEmpty();
    }

    @Test
    void aSnapshotWithRamStateIsRefusedForTheParameter() {
        ok(HttpMethod.POST, "nodes/n1/app", "{'vmid':100,'cmd':'sleep 600','rootfs':'local:dir'}");
        assertThatThrownBy(() -> call(HttpMethod.POST, "nodes/n1/app/100/snapshot", "{'snapname':'s1','vmstate':1}"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors())
                        .containsEntry("vmstate", "saving the RAM state is not supported for app guests"));
    }

    @Test
    void anAppWhoseProgramIsMissingFailsItsStartTaskWithAClearLine() {
        ok(HttpMethod.POST, "nodes/n1/app", "{'vmid':101,'cmd':'no-such-program-jpve','rootfs':'local:dir'}");
        assertThat(task(HttpMethod.POST, "nodes/n1/app/101/status/start", "{}")).isEqualTo("unable to start app 101: command 'no-such-program-jpve' not found");
    }

    @Test
    void aRunningAppCannotBeDestroyed() {
        ok(HttpMethod.POST, "nodes/n1/app", "{'vmid':100,'cmd':'sleep 600','rootfs':'local:dir'}");
        ok(HttpMethod.POST, "nodes/n1/app/100/status/start", "{}");
        assertThatThrownBy(() -> call(HttpMethod.DELETE, "nodes/n1/app/100", "{}"))
                .hasMessage("app 100 is running - destroy failed");
    }

    @Test
    void runtimeOptionsStayPendingWhileTheAppRunsAndApplyAtTheNextStart() {
        ok(HttpMethod.POST, "nodes/n1/app", "{'vmid':100,'cmd':'sleep 600','rootfs':'local:dir'}");
        ok(HttpMethod.POST, "nodes/n1/app/100/status/start", "{}");

        call(HttpMethod.PUT, "nodes/n1/app/100/config", "{'cmd':'sleep 700','name':'web','delete':'memory'}");

        assertThat(call(HttpMethod.GET, "nodes/n1/app/100/config", "{'current':1}").get("cmd").asString())
                .isEqualTo("sleep 600");
        assertThat(call(HttpMethod.GET, "nodes/n1/app/100/config", "{}").get("cmd").asString()).isEqualTo("sleep 700");
        assertThat(call(HttpMethod.GET, "nodes/n1/app/100/pending", "{}").toString())
                .contains("{\"key\":\"cmd\",\"value\":\"sleep 600\",\"pending\":\"sleep 700\"}")
                .contains("{\"key\":\"name\",\"value\":\"web\"}");

        ok(HttpMethod.POST, "nodes/n1/app/100/status/stop", "{}");
        ok(HttpMethod.POST, "nodes/n1/app/100/status/start", "{}");
        assertThat(call(HttpMethod.GET, "nodes/n1/app/100/config", "{'current':1}").get("cmd").asString())
                .isEqualTo("sleep 700");
    }

    @Test
    void settingAndDeletingTheSameOptionIsAParameterError() {
        ok(HttpMethod.POST, "nodes/n1/app", "{'vmid':100,'cmd':'sleep 600'}");
        assertThatThrownBy(() -> call(HttpMethod.PUT, "nodes/n1/app/100/config", "{'name':'x','delete':'name'}"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors())
                        .containsEntry("delete", "you can't use '-name' and -delete name' at the same time"));
    }

    @Test
    void onlyRootMaySetTheCommand() {
        RestEnvironment alice = TaskEnvironment.daemon(RestEnvironment.Type.PUB, "alice@pve", runner);
        assertThatThrownBy(() -> call(alice, HttpMethod.POST, "nodes/n1/app", "{'vmid':100,'cmd':'sleep 1'}"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(403))
                .hasMessageContaining("only root can set 'cmd' config");
    }

    @Test
    void aNewerSnapshotOfACopiedVolumeBlocksTheRollback() {
        ok(HttpMethod.POST, "nodes/n1/app", "{'vmid':100,'cmd':'sleep 600','rootfs':'local:dir'}");
        ok(HttpMethod.POST, "nodes/n1/app/100/snapshot", "{'snapname':'s1'}");
        ok(HttpMethod.POST, "nodes/n1/app/100/snapshot", "{'snapname':'s2'}");
        assertThat(task(HttpMethod.POST, "nodes/n1/app/100/snapshot/s1/rollback", "{}")).isEqualTo("can't rollback, 's1' is not most recent snapshot on"
                + " 'local:100/vm-100-disk-0' (newer: s2)");
    }
}
