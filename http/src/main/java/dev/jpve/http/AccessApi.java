package dev.jpve.http;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.Permissions;
import dev.jpve.schema.Schema;
import dev.jpve.schema.PerlScalar;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The login endpoint {@code /access/ticket} (upstream {@code PVE::API2::AccessControl}): mount
 * the handler at {@code access}.
 *
 * {@snippet :
 * ApiHandler root = ApiHandler.builder("PVE::API2")
 *     .mount("access", AccessApi.handler(access))
 *     .build();
 * }
 */
public final class AccessApi {
    /** The keys of the {@code cap} object of a login answer. */
    static final List<String> CAP_KEYS = List.of("vms", "access", "storage", "nodes", "sdn", "dc", "mapping");

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private AccessApi() {}

    /** The handler with {@code GET ticket} (a dummy) and {@code POST ticket} (login and renewal). */
    public static ApiHandler handler(AccessControl access) {
        ApiHandler.Builder b = ApiHandler.builder("PVE::API2::AccessControl");
        ticketMethods(access).forEach(b::register);
        return b.build();
    }

    /**
     * The two {@code ticket} methods, for a handler that serves them beside others under
     * {@code access} (see {@code dev.jpve.access.AccessApis}).
     */
    public static List<ApiMethod> ticketMethods(AccessControl access) {
        return List.of(ApiMethod.builder("get_ticket").path("ticket").get()
                        .description("Dummy. Useful for formatters which want to provide a login page.")
                        .permissions(Permissions.world())
                        .parameters(schema("{'type':'object','additionalProperties':0,'properties':{}}"))
                        .returns(schema("{'type':'null'}"))
                        .code((params, env) -> NullNode.getInstance())
                        .build(),
                ApiMethod.builder("create_ticket").path("ticket").post()
                        .description("Create or verify authentication ticket.")
                        .permissions(Permissions.world().withDescription("You need to pass valid credientials."))
                        .protectedCall()
                        .allowToken(false)
                        .parameters(schema(PARAMS))
                        .returns(schema("{'type':'object','properties':{'username':{'type':'string'},"
                                + "'ticket':{'type':'string','optional':1},"
                                + "'CSRFPreventionToken':{'type':'string','optional':1},"
                                + "'clustername':{'type':'string','optional':1}}}"))
                        .code((params, env) -> login(access, params))
                        .build());
    }

    private static final String PARAMS = "{'type':'object','additionalProperties':0,'properties':{"
            + "'username':{'type':'string','description':'User name','maxLength':64},"
            + "'realm':{'type':'string','description':'You can optionally pass the realm using this parameter.',"
            + "'optional':1,'maxLength':32},"
            + "'password':{'type':'string','description':'The secret password. This can also be a valid ticket.'},"
            + "'otp':{'type':'string','description':'One-time password for Two-factor authentication.','optional':1},"
            + "'path':{'type':'string','description':'Verify ticket, and check if user have access on path',"
            + "'optional':1,'maxLength':64},"
            + "'privs':{'type':'string','description':'Verify ticket, and check if user have access on path',"
            + "'optional':1,'maxLength':64},"
            + "'new-format':{'type':'boolean','description':'This parameter is now ignored and assumed to be 1.',"
            + "'optional':1,'default':1},"
            + "'tfa-challenge':{'type':'string','description':'The signed TFA challenge string the user wants to respond to.',"
            + "'optional':1}}}";

    private static JsonNode login(AccessControl access, ObjectNode params) {
        String username = PerlScalar.text(params.get("username"));
        if (!PerlScalar.isUndefined(params.get("realm"))) {
            username = username + "@" + PerlScalar.text(params.get("realm"));
        }
        String user = access.login(username, PerlScalar.text(params.get("password")));
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("username", user);
        out.put("ticket", access.ticket(user));
        out.put("CSRFPreventionToken", access.csrfToken(user));
        ObjectNode cap = out.putObject("cap");
        CAP_KEYS.forEach(cap::putObject);
        return out;
    }

    private static Schema schema(String text) {
        return Schema.fromJson(MAPPER.readTree(text.replace('\'', '"')));
    }
}
