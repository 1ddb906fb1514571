package dev.jpve.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jpve.access.AccessApis;
import dev.jpve.access.UserConfigStore;
import dev.jpve.task.TaskLogDirectory;
import dev.jpve.task.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's python3-proxmoxer, a real Proxmox API client, against a jpve server over TLS (skipped
 * when it is not installed). proxmoxer shows the reason phrase as the error text and looks for
 * {@code errors} under {@code data}, so it reports none.
 */
class ProxmoxerTest {
    static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path dir;

    static boolean proxmoxerInstalled() throws Exception {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import proxmoxer, requests")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void aScriptedProxmoxerSessionCompletes() throws Exception {
        assumeTrue(proxmoxerInstalled(), "python3-proxmoxer is not installed");
        UsersFileRealm realm = new UsersFileRealm(dir.resolve("users"), 1000);
        realm.setPassword("root@pam", "secret");
        ApiTokens tokens = new ApiTokens(dir.resolve("tokens"));
        String secret = tokens.create("root@pam!py", 0);
        AccessControl access = AccessControl.builder(AuthKeys.loadOrCreate(dir), realm).tokens(tokens).build();
        UserConfigStore users = new UserConfigStore(dir.resolve("user.cfg"));
        TaskRunner runner = TaskRunner.create(new TaskLogDirectory(dir.resolve("tasks")), "n1", (user, line) -> { });
        ApiAdapter adapter = ApiAdapter.builder(TestApi.root(AccessApis.handler(access, users),
                TestApi.nodesWithTasks(runner)), access).tasks(runner).failureDelay(Duration.ZERO).build();
        try (Server server = Server.builder(adapter).host("127.0.0.1").port(0).stateDir(dir).maxThreads(8).start()) {
            String script = """
                    import sys, time, warnings
                    warnings.filterwarnings("ignore")
                    from proxmoxer import ProxmoxAPI
                    from proxmoxer.core import ResourceException
                    host = "127.0.0.1:%d"
                    p = ProxmoxAPI(host, user="root@pam", password="secret", verify_ssl=False)
                    print("version", p.version.get()["version"])
                    print("get", p.nodes("n1").echo.get(a="x y", list=["1", "2"]))
                    print("post", p.nodes("n1").echo.post(a="p"))
                    print("put", p.nodes("n1").echo.put(n=5))
                    print("delete", p.nodes("n1").echo.delete(b="d"))
                    ticket = p.get_tokens()[0]
                    renewed = p.access.ticket.post(username="root@pam", password=ticket)
                    print("renewed", renewed["username"], renewed["ticket"].startswith("PVE:root@pam:"))
                    try:
                        p.nodes("n1").echo.get(n=0)
                    except ResourceException as e:
                        print("error", e.status_code, e.status_message, e.content, e.errors)
                    t = ProxmoxAPI(host, user="root@pam", token_name="py", token_value="%s", verify_ssl=False)
                    print("token", t.whoami.get())
                    upid = p.nodes("n1").worker.post()
                    while p.nodes("n1").tasks(upid).status.get()["status"] != "stopped":
                        time.sleep(0.05)
                    print("task", p.nodes("n1").tasks(upid).status.get()["exitstatus"],
                          [l["t"] for l in p.nodes("n1").tasks(upid).log.get()])
                    made = p.access.users("root@pam").token("made").post(comment="by script")
                    print("made", made["full-tokenid"], made["info"])
                    m = ProxmoxAPI(host, user="root@pam", token_name="made", token_value=made["value"], verify_ssl=False)
                    print("made token", m.whoami.get(), [x["tokenid"] for x in p.access.users("root@pam").token.get()])
                    try:
                        ProxmoxAPI(host, user="root@pam", password="wrong", verify_ssl=False)
                    except Exception as e:
                        print("login failed", type(e).__name__)
                    """.formatted(server.port(), secret);
            Path py = dir.resolve("session.py");
            Files.writeString(py, script);
            Process proc = new ProcessBuilder(PYTHON.toString(), py.toString()).redirectErrorStream(true).start();
            String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(proc.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(out).isEqualTo("""
                    version 9.1.1
                    get {'a': 'x y', 'list': ['1', '2'], 'node': 'n1'}
                    post {'a': 'p', 'node': 'n1'}
                    put {'n': '5', 'node': 'n1'}
                    delete {'b': 'd', 'node': 'n1'}
                    renewed root@pam True
                    error 400 Bad Request Parameter verification failed. None
                    token root@pam!py
                    task OK ['working', 'TASK OK']
                    made root@pam!made {'expire': 0, 'privsep': 1, 'comment': 'by script'}
                    made token root@pam!made ['made']
                    login failed AuthenticationError
                    """);
        }
    }
}
