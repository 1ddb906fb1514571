package dev.jpve.access;

import static dev.jpve.access.SchemaText.json;
import static dev.jpve.access.SchemaText.schema;

import dev.jpve.http.ApiTokens;
import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.Permissions;
import dev.jpve.schema.ApiException;
import dev.jpve.schema.PerlScalar;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Upstream's API token methods of {@code PVE::API2::User}, to mount at {@code users/{userid}/token}:
 * list, read, generate (the secret is returned this once), update and remove. A token is
 * recorded in user.cfg ({@code token:} lines: expiry, privilege separation, comment) and its
 * secret, hashed, in the {@link ApiTokens} store, so that it authenticates as soon as it is made
 * and not at all once removed.
 */
public final class TokensApi {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final JsonNode PERMISSION = json("['or',['userid-param','self'],['userid-group',['User.Modify']]]");
    private static final String IDS = "'userid':{'type':'string','description':'Full User ID, in the `name@realm` format.'},"
            + "'tokenid':{'type':'string','pattern':'[A-Za-z][A-Za-z0-9\\\\.\\\\-_]+',"
            + "'description':'User-specific token identifier.'}";
    private static final String INFO = "'comment':{'type':'string','optional':1},"
            + "'expire':{'type':'integer','optional':1,'minimum':0,'default':'same as user',"
            + "'description':'API token expiration date (seconds since epoch). \\'0\\' means no expiration date.'},"
            + "'privsep':{'type':'boolean','optional':1,'default':1,"
            + "'description':'Restrict API token privileges with separate ACLs (default), or give full privileges of "
            + "corresponding user.'}";

    private TokensApi() {}

    /** The token methods over user.cfg and the token secrets. */
    public static ApiHandler handler(UserConfigStore store, ApiTokens tokens) {
        ApiHandler.Builder b = ApiHandler.builder("PVE::API2::User");
        methods(store, tokens).forEach(b::register);
        return b.build();
    }

    private static List<ApiMethod> methods(UserConfigStore store, ApiTokens tokens) {
        return List.of(
                ApiMethod.builder("token_index").path("").get()
                        .description("Get user API tokens.")
                        .permissions(Permissions.check(PERMISSION))
                        .parameters(schema("{'type':'object','additionalProperties':0,'properties':{" + IDS.split(",'tokenid'")[0]
                                + "}}"))
                        .returns(schema("{'type':'array','items':{'type':'object','properties':{'tokenid':{'type':'string'},"
                                + INFO + "}},'links':[{'rel':'child','href':'{tokenid}'}]}"))
                        .code((p, env) -> {
                            User user = user(store.current(), PerlScalar.text(p.get("userid")));
                            ArrayNode out = F.arrayNode();
                            user.tokens().values().forEach(t -> out.add(info(t).put("tokenid", t.name())));
                            return out;
                        })
                        .build(),
                ApiMethod.builder("read_token").path("{tokenid}").get()
                        .description("Get specific API token information.")
                        .permissions(Permissions.check(PERMISSION))
                        .parameters(schema("{'type':'object','additionalProperties':0,'properties':{" + IDS + "}}"))
                        .returns(schema("{'type':'object','properties':{" + INFO + "}}"))
                        .code((p, env) -> info(token(store.current(), p)))
                        .build(),
                ApiMethod.builder("generate_token").path("{tokenid}").post()
                        .description("Generate a new API token for a specific user. NOTE: returns API token value, "
                                + "which needs to be stored as it cannot be retrieved afterwards!")
                        .permissions(Permissions.check(PERMISSION))
                        .protectedCall()
                        .parameters(schema("{'type':'object','additionalProperties':0,'properties':{" + IDS + "," + INFO
                                + "}}"))
                        .returns(schema("{'type':'object','properties':{'info':{'type':'object','properties':{" + INFO
                                + "}},'value':{'type':'string','description':'API token value used for authentication.'},"
                                + "'full-tokenid':{'type':'string','format_description':'<userid>!<tokenid>',"
                                + "'description':'The full token id.'}}}"))
                        .code((p, env) -> generate(store, tokens, p))
                        .build(),
                ApiMethod.builder("update_token_info").path("{tokenid}").put()
                        .description("Update API token for a specific user.")
                        .permissions(Permissions.check(PERMISSION))
                        .protectedCall()
                        .parameters(schema("{'type':'object','additionalProperties':0,'properties':{" + IDS + "," + INFO
                                + "}}"))
                        .returns(schema("{'type':'object','description':'Updated token information.','properties':{"
                                + INFO + "}}"))
                        .code((p, env) -> update(store, tokens, p))
                        .build(),
                ApiMethod.builder("remove_token").path("{tokenid}").delete()
                        .description("Remove API token for a specific user.")
                        .permissions(Permissions.check(PERMISSION))
                        .protectedCall()
                        .parameters(schema("{'type':'object','additionalProperties':0,'properties':{" + IDS + "}}"))
                        .returns(schema("{'type':'null'}"))
                        .code((p, env) -> {
                            remove(store, tokens, p);
                            return NullNode.getInstance();
                        })
                        .build());
    }

    private static JsonNode generate(UserConfigStore store, ApiTokens tokens, ObjectNode p) {
        String userid = PerlScalar.text(p.get("userid"));
        String name = PerlScalar.text(p.get("tokenid"));
        String full = userid + "!" + name;
        AtomicReference<String> secret = new AtomicReference<>();
        AtomicReference<User.Token> made = new AtomicReference<>();
        failing("generating token failed", () -> store.update(cfg -> {
            User user = user(cfg, userid);
            if (user.tokens().containsKey(name)) {
                throw ApiException.of(500, "Token already exists.\n");
            }
            User.Token token = new User.Token(name, p.has("expire") ? p.get("expire").asLong() : user.expire(),
                    !p.has("privsep") || PerlScalar.isTruthy(p.get("privsep")), comment(p).orElse(""));
            secret.set(tokens.create(full, token.expire()));
            made.set(token);
            return cfg.withUser(user.withToken(token));
        }), () -> {
            if (secret.get() != null) {
                tokens.remove(full); // user.cfg was not written: the secret must not authenticate
            }
        });
        ObjectNode out = F.objectNode();
        out.set("info", info(made.get()));
        out.put("value", secret.get());
        out.put("full-tokenid", full);
        return out;
    }

    private static JsonNode update(UserConfigStore store, ApiTokens tokens, ObjectNode p) {
        AtomicReference<User.Token> updated = new AtomicReference<>();
        failing("updating token info failed", () -> store.update(cfg -> {
            User.Token old = token(cfg, p);
            User.Token token = new User.Token(old.name(), p.has("expire") ? p.get("expire").asLong() : old.expire(),
                    p.has("privsep") ? PerlScalar.isTruthy(p.get("privsep")) : old.privsep(),
                    comment(p).orElse(old.comment()));
            updated.set(token);
            return cfg.withUser(user(cfg, PerlScalar.text(p.get("userid"))).withToken(token));
        }), () -> { });
        tokens.setExpire(PerlScalar.text(p.get("userid")) + "!" + updated.get().name(), updated.get().expire());
        return info(updated.get());
    }

    private static void remove(UserConfigStore store, ApiTokens tokens, ObjectNode p) {
        String userid = PerlScalar.text(p.get("userid"));
        User.Token token = token(store.current(), p);
        tokens.remove(userid + "!" + token.name()); // first: a token left in user.cfg without a secret fails closed
        failing("deleting token failed", () -> store.update(cfg -> {
            token(cfg, p);
            return cfg.withUser(user(cfg, userid).withoutToken(token.name()));
        }), () -> { });
    }

    /** Upstream's {@code lock_user_config} error form: {@code <what>: <error>}. */
    private static void failing(String what, Runnable change, Runnable undo) {
        try {
            change.run();
        } catch (ApiException e) {
            undo.run();
            throw ApiException.of(e.code() == 0 ? 500 : e.code(), what + ": " + e.msg());
        } catch (RuntimeException e) {
            undo.run();
            throw ApiException.of(500, what + ": " + e.getMessage() + "\n");
        }
    }

    private static User user(UserConfig cfg, String userid) {
        return UsersApi.existing(cfg, userid);
    }

    private static User.Token token(UserConfig cfg, ObjectNode p) {
        String userid = PerlScalar.text(p.get("userid"));
        String name = PerlScalar.text(p.get("tokenid"));
        User.Token t = user(cfg, userid).tokens().get(name);
        if (t == null) {
            throw ApiException.of(500, "no such token '" + name + "' for user '" + userid + "'\n");
        }
        return t;
    }

    /** The {@code comment} parameter when it is true in Perl's sense (upstream sets only such comments). */
    private static java.util.Optional<String> comment(ObjectNode p) {
        JsonNode c = p.get("comment");
        return c == null || PerlScalar.isUndefined(c) || !PerlScalar.isTruthy(c) ? java.util.Optional.empty()
                : java.util.Optional.of(PerlScalar.text(c));
    }

    private static ObjectNode info(User.Token t) {
        ObjectNode o = F.objectNode().put("expire", t.expire()).put("privsep", t.privsep() ? 1 : 0);
        if (!t.comment().isEmpty()) {
            o.put("comment", t.comment());
        }
        return o;
    }
}
