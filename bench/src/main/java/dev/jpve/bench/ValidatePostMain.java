package dev.jpve.bench;

import dev.jpve.http.AccessControl;
import dev.jpve.http.ApiAdapter;
import dev.jpve.http.ApiTokens;
import dev.jpve.http.AuthKeys;
import dev.jpve.http.Server;
import dev.jpve.http.UsersFileRealm;
import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.Permissions;
import dev.jpve.schema.NullSchema;
import dev.jpve.schema.Schema;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * {@code ValidatePostMain PORT STATE_DIR}: jpve's HTTP server over TLS with one method, {@code POST
 * /api2/json/nodes/{node}/qemu}, whose parameters are the 15-parameter VM-create schema of
 * {@code validate-vm-create.json}; it validates the form body and returns {@code null}. For
 * {@code bench/http-wrk}'s POST case; API tokens are read from {@code STATE_DIR/tokens}.
 */
public final class ValidatePostMain {
    private ValidatePostMain() {}

    /** Starts the server and waits. */
    public static void main(String[] args) throws Exception {
        Path state = Path.of(args[1]);
        JsonNode benchCase;
        try (InputStream in = ValidatePostMain.class.getResourceAsStream("/validate-vm-create.json")) {
            benchCase = JsonMapper.builder().build().readTree(in);
        }
        AccessControl access = AccessControl.builder(AuthKeys.loadOrCreate(state), new UsersFileRealm(state.resolve("users")))
                .tokens(new ApiTokens(state.resolve("tokens"))).build();
        ApiHandler qemu = ApiHandler.builder("PVE::API2::Qemu")
                .register(ApiMethod.builder("create_vm").path("").post()
                        .description("Create a VM (validation only).")
                        .permissions(Permissions.anyUser())
                        .parameters(Schema.fromJson(benchCase.get("schema")))
                        .returns(NullSchema.builder().build())
                        .code((params, env) -> NullNode.getInstance())
                        .build())
                .build();
        ApiHandler root = ApiHandler.builder("PVE::API2").mount("nodes/{node}/qemu", qemu).build();
        ApiAdapter adapter = ApiAdapter.builder(root, access).failureDelay(Duration.ZERO).build();
        try (Server server = Server.builder(adapter).host("127.0.0.1").port(Integer.parseInt(args[0])).stateDir(state)
                .start()) {
            System.out.println("jpve validate server listening on " + server.port());
            server.join();
        }
    }
}
