package dev.jpve.access;

import static dev.jpve.access.SchemaText.json;
import static dev.jpve.access.SchemaText.schema;

import dev.jpve.http.AccessApi;
import dev.jpve.http.AccessControl;
import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.RestEnvironment;
import dev.jpve.schema.ApiException;
import dev.jpve.schema.PerlScalar;
import dev.jpve.schema.Schema;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code access} API over a {@link UserConfigStore}: upstream's {@code GET/PUT /access/acl},
 * {@code GET /access/roles}, {@code GET /access/permissions} and the {@code /access/users}
 * methods of {@link UsersApi}, served beside the ticket endpoint of {@link AccessApi}.
 *
 * {@snippet :
 * ApiHandler root = ApiHandler.builder("PVE::API2")
 *     .mount("access", AccessApis.handler(access, store))
 *     .build();
 * }
 */
public final class AccessApis {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private AccessApis() {
    }

    /**
     * The ticket and permissions endpoints with the {@code acl}, {@code roles} and {@code users}
     * handlers mounted, to mount at {@code access}.
     */
    public static ApiHandler handler(AccessControl access, UserConfigStore store) {
        ApiHandler.Builder b = ApiHandler.builder("PVE::API2::AccessControl");
        AccessApi.ticketMethods(access).forEach(b::register);
        b.register(permissionsMethod(store));
        return b.mount("acl", aclHandler(store)).mount("roles", rolesHandler(store))
                .mount("users", UsersApi.handler(store, access.tokens())).build();
    }

    /** Upstream's {@code PVE::API2::ACL}: {@code GET} and {@code PUT} on {@code acl}. */
    public static ApiHandler aclHandler(UserConfigStore store) {
        return ApiHandler.builder("PVE::API2::ACL").register(
                ApiMethod.builder("read_acl").path("").get()
                        .description("Get Access Control List (ACLs).")
                        .permissions(dev.jpve.rest.Permissions.anyUser().withDescription(
                                "The returned list is restricted to objects where you have rights to modify permissions."))
                        .parameters(schema("{'type':'object','additionalProperties':0,'properties':{}}"))
                        .returns(schema("{'type':'array','items':{'type':'object','additionalProperties':0,"
                                + "'properties':{'propagate':{'type':'boolean','optional':1,'default':1},"
                                + "'path':{'type':'string'},'type':{'type':'string','enum':['user','group','token']},"
                                + "'ugid':{'type':'string'},'roleid':{'type':'string'}}}}"))
                        .code((params, env) -> readAcl(store, caller(env)))
                        .build()).register(
                ApiMethod.builder("update_acl").path("").put()
                        .description("Update Access Control List (add or remove permissions).")
                        .permissions(dev.jpve.rest.Permissions.check(json("['perm-modify','{path}']")))
                        .protectedCall()
                        .parameters(schema(UPDATE_PARAMS))
                        .returns(schema("{'type':'null'}"))
                        .code((params, env) -> {
                            store.update(cfg -> AclUpdate.apply(cfg, new Permissions(cfg), caller(env), params));
                            return NullNode.getInstance();
                        })
                        .build()).build();
    }

    /** Upstream's {@code PVE::API2::Role} index on {@code roles}. */
    public static ApiHandler rolesHandler(UserConfigStore store) {
        return ApiHandler.builder("PVE::API2::Role").register(
                ApiMethod.builder("index").path("").get()
                        .description("Role index.")
                        .permissions(dev.jpve.rest.Permissions.anyUser())
                        .parameters(schema("{'type':'object','additionalProperties':0,'properties':{}}"))
                        .returns(schema("{'type':'array','items':{'type':'object','properties':{"
                                + "'roleid':{'type':'string'},'privs':{'type':'string','optional':1},"
                                + "'special':{'type':'boolean','optional':1,'default':0}}}}"))
                        .code((params, env) -> roles(store.current()))
                        .build()).build();
    }

    /** Upstream's {@code GET /access/permissions}, to register beside the ticket methods. */
    public static ApiMethod permissionsMethod(UserConfigStore store) {
        return ApiMethod.builder("permissions").path("permissions").get()
                        .description("Retrieve effective permissions of given user/token.")
                        .permissions(dev.jpve.rest.Permissions.anyUser().withDescription("Each user/token is allowed to dump "
                                + "their own permissions (or that of owned tokens). A user can dump the permissions "
                                + "of another user or their tokens if they have 'Sys.Audit' permission on /access."))
                        .parameters(schema("{'type':'object','additionalProperties':0,'properties':{"
                                + "'userid':{'type':'string','optional':1,'description':'User ID or full API token ID'},"
                                + "'path':{'type':'string','optional':1,'description':'Only dump this specific path, "
                                + "not the whole tree.'}}}"))
                        .returns(schema("{'type':'object','description':'Map of \\\"path\\\" => (Map of \\\"privilege\\\" "
                                + "=> \\\"propagate boolean\\\").'}"))
                        .code((params, env) -> permissions(store.permissions(), caller(env), params))
                        .build();
    }

    private static final String UPDATE_PARAMS = "{'type':'object','additionalProperties':0,'properties':{"
            + "'propagate':{'type':'boolean','optional':1,'default':1,'description':'Allow to propagate (inherit) permissions.'},"
            + "'path':{'type':'string','description':'Access control path'},"
            + "'users':{'type':'string','optional':1,'description':'List of users.'},"
            + "'groups':{'type':'string','optional':1,'description':'List of groups.'},"
            + "'tokens':{'type':'string','optional':1,'description':'List of API tokens.'},"
            + "'roles':{'type':'string','description':'List of roles.'},"
            + "'delete':{'type':'boolean','optional':1,'description':'Remove permissions (instead of adding it).'}}}";

    private static String caller(RestEnvironment env) {
        return env.user().orElse("");
    }

    static JsonNode readAcl(UserConfigStore store, String caller) {
        UserConfig cfg = store.current();
        Permissions perms = new Permissions(cfg);
        boolean audit = perms.has(caller, "/access", "Sys.Audit");
        ArrayNode out = F.arrayNode();
        for (String path : UserCfg.treeOrder(cfg.acl().keySet())) {
            if (!audit && !AclUpdate.mayModify(perms, caller, path)) {
                continue;
            }
            for (String type : List.of("user", "group", "token")) {
                cfg.acl().get(path).forEach((member, roles) -> {
                    if (type.equals(typeOf(member))) {
                        roles.forEach((role, propagate) -> out.addObject().put("path", path).put("type", type)
                                .put("ugid", member.startsWith("@") ? member.substring(1) : member)
                                .put("roleid", role).put("propagate", propagate ? 1 : 0));
                    }
                });
            }
        }
        return out;
    }

    private static String typeOf(String member) {
        return member.startsWith("@") ? "group" : Ids.isTokenId(member) ? "token" : "user";
    }

    static JsonNode roles(UserConfig cfg) {
        ArrayNode out = F.arrayNode();
        cfg.roles().forEach((role, privs) -> out.addObject().put("roleid", role).put("privs", String.join(",", privs))
                .put("special", Privileges.isBuiltIn(role) ? 1 : 0));
        return out;
    }

    static JsonNode permissions(Permissions perms, String caller, ObjectNode params) {
        String userid = PerlScalar.isUndefined(params.get("userid")) ? caller : PerlScalar.text(params.get("userid"));
        boolean own = userid.equals(caller) || caller.equals(Ids.tokenUser(userid));
        if (!own && !perms.has(caller, "/access", "Sys.Audit")) {
            throw ApiException.permission("/access, Sys.Audit");
        }
        ObjectNode out = F.objectNode();
        String path = PerlScalar.isUndefined(params.get("path")) ? "" : PerlScalar.text(params.get("path"));
        SortedMap<String, SortedMap<String, Boolean>> all = UserCfg.truthy(path)
                ? new java.util.TreeMap<>(Map.of(path, perms.privilegeFlags(userid, path)))
                : perms.effective(userid);
        all.forEach((p, privs) -> {
            ObjectNode o = out.putObject(p);
            privs.forEach((priv, flag) -> o.put(priv, flag ? 1 : 0));
        });
        return out;
    }
}
