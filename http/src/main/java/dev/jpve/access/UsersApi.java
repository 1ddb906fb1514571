package dev.jpve.access;

import static dev.jpve.access.SchemaText.json;
import static dev.jpve.access.SchemaText.schema;

import dev.jpve.http.ApiTokens;
import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.RestEnvironment;
import dev.jpve.schema.ApiException;
import dev.jpve.schema.PerlScalar;
import dev.jpve.schema.Schema;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Upstream's {@code /access/users} methods ({@code PVE::API2::User}): list, create, read,
 * update and delete users in user.cfg, with upstream's parameters and permission checks.
 * Passwords and two-factor data are not handled here (see the realm).
 */
public final class UsersApi {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> PRIVS = List.of("User.Modify", "Sys.Audit");

    private UsersApi() {
    }

    /** Upstream's {@code PVE::API2::User}, to mount at {@code users}; without API token methods. */
    public static ApiHandler handler(UserConfigStore store) {
        return handler(store, Optional.empty());
    }

    /**
     * Upstream's {@code PVE::API2::User}, to mount at {@code users}, with the token methods at
     * {@code {userid}/token} when there is a token store.
     */
    public static ApiHandler handler(UserConfigStore store, Optional<ApiTokens> tokens) {
        ApiHandler.Builder b = ApiHandler.builder("PVE::API2::User");
        methods(store, tokens).forEach(b::register);
        tokens.ifPresent(t -> b.mount("{userid}/token", TokensApi.handler(store, t)));
        return b.build();
    }

    private static List<ApiMethod> methods(UserConfigStore store, Optional<ApiTokens> tokens) {
        return List.of(
                ApiMethod.builder("index").path("").get()
                        .description("User index.")
                        .permissions(dev.jpve.rest.Permissions.anyUser().withDescription("The returned list is "
                                + "restricted to users where you have 'User.Modify' or 'Sys.Audit' permissions on "
                                + "'/access/groups' or on a group the user belongs too. But it always includes the "
                                + "current (authenticated) user."))
                        .parameters(schema("{'type':'object','additionalProperties':0,'properties':{"
                                + "'enabled':{'type':'boolean','optional':1,'description':'Optional filter for enable property.'},"
                                + "'full':{'type':'boolean','optional':1,'default':0,'description':'Include group and token information.'}}}"))
                        .returns(schema("{'type':'array','items':{'type':'object','properties':{'userid':{'type':'string'}}}}"))
                        .code((params, env) -> list(store.current(), caller(env), params))
                        .build(),
                ApiMethod.builder("create_user").path("").post()
                        .description("Create new user.")
                        .permissions(dev.jpve.rest.Permissions.check(json("['and',['userid-param','Realm.AllocateUser'],"
                                + "['userid-group',['User.Modify'],'groups_param','create']]")))
                        .protectedCall()
                        .parameters(schema(USER_PROPS.replace("@EXTRA@", "")))
                        .returns(schema("{'type':'null'}"))
                        .code((params, env) -> {
                            store.update(cfg -> create(cfg, params));
                            return NullNode.getInstance();
                        })
                        .build(),
                ApiMethod.builder("read_user").path("{userid}").get()
                        .description("Get user configuration.")
                        .permissions(dev.jpve.rest.Permissions.check(json("['userid-group',['User.Modify','Sys.Audit']]")))
                        .parameters(schema("{'type':'object','additionalProperties':0,'properties':{"
                                + "'userid':{'type':'string','description':'Full User ID, in the `name@realm` format.'}}}"))
                        .returns(schema("{'type':'object','additionalProperties':0,'properties':{}}"))
                        .code((params, env) -> read(store.current(), PerlScalar.text(params.get("userid"))))
                        .build(),
                ApiMethod.builder("update_user").path("{userid}").put()
                        .description("Update user configuration.")
                        .permissions(dev.jpve.rest.Permissions.check(json("['userid-group',['User.Modify'],'groups_param','update']")))
                        .protectedCall()
                        .parameters(schema(USER_PROPS.replace("@EXTRA@",
                                "'append':{'type':'boolean','optional':1,'requires':'groups'},")))
                        .returns(schema("{'type':'null'}"))
                        .code((params, env) -> {
                            store.update(cfg -> update(cfg, params));
                            return NullNode.getInstance();
                        })
                        .build(),
                ApiMethod.builder("delete_user").path("{userid}").delete()
                        .description("Delete user.")
                        .permissions(dev.jpve.rest.Permissions.check(json("['and',['userid-param','Realm.AllocateUser'],"
                                + "['userid-group',['User.Modify']]]")))
                        .protectedCall()
                        .parameters(schema("{'type':'object','additionalProperties':0,'properties':{"
                                + "'userid':{'type':'string','description':'Full User ID, in the `name@realm` format.'}}}"))
                        .returns(schema("{'type':'null'}"))
                        .code((params, env) -> {
                            String userid = PerlScalar.text(params.get("userid"));
                            User gone = store.current().users().get(userid);
                            store.update(cfg -> delete(cfg, userid));
                            if (gone != null) { // its tokens' secrets go with it
                                tokens.ifPresent(t -> gone.tokens().keySet().forEach(n -> t.remove(userid + "!" + n)));
                            }
                            return NullNode.getInstance();
                        })
                        .build());
    }

    private static final String USER_PROPS = "{'type':'object','additionalProperties':0,'properties':{@EXTRA@"
            + "'userid':{'type':'string','description':'Full User ID, in the `name@realm` format.'},"
            + "'enable':{'type':'boolean','optional':1,'default':1,'description':'Enable the account (default). You can set this to 0 to disable the account'},"
            + "'expire':{'type':'integer','optional':1,'minimum':0,'description':'Account expiration date (seconds since epoch). 0 means no expiration date.'},"
            + "'firstname':{'type':'string','optional':1},'lastname':{'type':'string','optional':1},"
            + "'email':{'type':'string','optional':1,'maxLength':64},"
            + "'comment':{'type':'string','optional':1,'maxLength':2048},"
            + "'keys':{'type':'string','optional':1,'description':'Keys for two factor auth (yubico).'},"
            + "'groups':{'type':'string','optional':1}}}";

    private static String caller(RestEnvironment env) {
        return env.user().orElse("");
    }

    static JsonNode list(UserConfig cfg, String caller, ObjectNode params) {
        Permissions perms = new Permissions(cfg);
        boolean all = PRIVS.stream().anyMatch(p -> perms.has(caller, "/access/groups", p));
        Set<String> allowed = new TreeSet<>();
        cfg.groups().forEach((name, g) -> {
            if (PRIVS.stream().anyMatch(p -> perms.has(caller, "/access/groups/" + name, p))) {
                allowed.addAll(g.members());
            }
        });
        boolean full = PerlScalar.isTruthy(params.get("full"));
        ArrayNode out = F.arrayNode();
        for (User u : cfg.users().values()) {
            if (!all && !u.userid().equals(caller) && !allowed.contains(u.userid())) {
                continue;
            }
            if (!PerlScalar.isUndefined(params.get("enabled")) && u.enable() != PerlScalar.isTruthy(params.get("enabled"))) {
                continue;
            }
            ObjectNode e = data(cfg, u, full);
            if (full) {
                e.put("groups", String.join(",", groupsOf(cfg, u.userid())));
                ArrayNode tokens = e.putArray("tokens");
                u.tokens().values().forEach(t -> token(tokens.addObject().put("tokenid", t.name()), t));
            }
            e.put("userid", u.userid());
            out.add(e);
        }
        return out;
    }

    private static ObjectNode data(UserConfig cfg, User u, boolean full) {
        ObjectNode e = F.objectNode();
        e.put("enable", u.enable() ? 1 : 0);
        e.put("expire", u.expire());
        putIf(e, "firstname", u.firstname());
        putIf(e, "lastname", u.lastname());
        putIf(e, "email", u.email());
        putIf(e, "comment", u.comment());
        putIf(e, "keys", u.keys());
        return e;
    }

    private static void token(ObjectNode o, User.Token t) {
        o.put("expire", t.expire());
        o.put("privsep", t.privsep() ? 1 : 0);
        putIf(o, "comment", t.comment());
    }

    private static void putIf(ObjectNode o, String key, String value) {
        if (!value.isEmpty()) {
            o.put(key, value);
        }
    }

    private static List<String> groupsOf(UserConfig cfg, String userid) {
        return cfg.groups().values().stream().filter(g -> g.members().contains(userid)).map(Group::name).toList();
    }

    static JsonNode read(UserConfig cfg, String userid) {
        User u = existing(cfg, userid);
        ObjectNode e = data(cfg, u, true);
        ArrayNode groups = e.putArray("groups");
        groupsOf(cfg, userid).forEach(groups::add);
        ObjectNode tokens = e.putObject("tokens");
        u.tokens().values().forEach(t -> token(tokens.putObject(t.name()), t));
        return e;
    }

    /** The user, or upstream's {@code check_user_exist} errors. */
    static User existing(UserConfig cfg, String userid) {
        return existing(cfg, userid, "");
    }

    private static User existing(UserConfig cfg, String userid, String failed) {
        if (!Ids.isUserId(userid)) {
            throw ApiException.of(500, "value '" + userid + "' does not look like a valid user name\n");
        }
        User u = cfg.users().get(userid);
        if (u == null) {
            throw ApiException.of(500, failed + "no such user ('" + userid + "')\n");
        }
        return u;
    }

    static UserConfig create(UserConfig cfg, ObjectNode p) {
        String userid = PerlScalar.text(p.get("userid"));
        if (!Ids.isUserId(userid)) {
            throw ApiException.of(500, "value '" + userid + "' does not look like a valid user name\n");
        }
        if (cfg.users().containsKey(userid)) {
            throw ApiException.of(500, "create user failed: user '" + userid + "' already exists\n");
        }
        User u = new User(userid, PerlScalar.isUndefined(p.get("enable")) || PerlScalar.isTruthy(p.get("enable")),
                PerlScalar.isUndefined(p.get("expire")) ? 0 : p.get("expire").asLong(), text(p, "firstname"),
                text(p, "lastname"), text(p, "email"), text(p, "comment"), text(p, "keys"), new TreeMap<>());
        return joinGroups(cfg.withUser(u), userid, text(p, "groups"), "create user failed: ");
    }

    private static UserConfig joinGroups(UserConfig cfg, String userid, String groups, String failed) {
        UserConfig out = cfg;
        for (String g : Ids.splitList(groups)) {
            Group group = out.groups().get(g);
            if (group == null) {
                throw ApiException.of(500, failed + "no such group '" + g + "'\n");
            }
            TreeSet<String> members = new TreeSet<>(group.members());
            members.add(userid);
            out = out.withGroup(new Group(g, members, group.comment()));
        }
        return out;
    }

    static UserConfig update(UserConfig cfg, ObjectNode p) {
        String userid = PerlScalar.text(p.get("userid"));
        User u = existing(cfg, userid, "update user failed: ");
        User next = new User(userid, p.has("enable") ? PerlScalar.isTruthy(p.get("enable")) : u.enable(),
                p.has("expire") ? p.get("expire").asLong() : u.expire(), or(p, "firstname", u.firstname()),
                or(p, "lastname", u.lastname()), or(p, "email", u.email()), or(p, "comment", u.comment()),
                or(p, "keys", u.keys()), u.tokens());
        UserConfig out = cfg.withUser(next);
        if (p.has("groups")) {
            if (!PerlScalar.isTruthy(p.get("append"))) {
                for (Group g : out.groups().values()) {
                    TreeSet<String> members = new TreeSet<>(g.members());
                    members.remove(userid);
                    out = out.withGroup(new Group(g.name(), members, g.comment()));
                }
            }
            out = joinGroups(out, userid, text(p, "groups"), "update user failed: ");
        }
        return out;
    }

    static UserConfig delete(UserConfig cfg, String userid) {
        existing(cfg, userid, "delete user failed: ");
        return cfg.withoutUser(userid);
    }

    private static String text(ObjectNode p, String key) {
        return PerlScalar.isUndefined(p.get(key)) ? "" : PerlScalar.text(p.get(key));
    }

    private static String or(ObjectNode p, String key, String old) {
        return p.has(key) ? text(p, key) : old;
    }
}
