package dev.jpve.http;

import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.HttpMethod;
import dev.jpve.rest.Permissions;
import dev.jpve.schema.ApiException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who may call what: authentication of tickets and API tokens, the CSRF check, logins, and the
 * permission rules of a method (upstream's {@code auth_handler}, {@code check_api2_permissions}
 * and {@code create_ticket}). Knows nothing of HTTP.
 *
 * {@snippet :
 * AccessControl access = AccessControl.builder(authKeys, realm).tokens(tokens).build();
 * Caller caller = access.authenticate(HttpMethod.GET, "/version", credentials);
 * }
 */
public final class AccessControl {
    /** The user who may do everything. */
    public static final String ROOT = "root@pam";

    private static final Set<String> OPEN_GET = Set.of("/access/domains", "/access/ticket");
    private static final Set<String> OPEN_POST = Set.of("/access/ticket", "/access/vncticket",
            "/access/openid/login", "/access/openid/auth-url");

    private final AuthKeys keys;
    private final CsrfTokens csrf;
    private final Realm realm;
    private final Optional<ApiTokens> tokens;
    private final PermissionChecker checker;
    private final Clock clock;

    private AccessControl(Builder b) {
        this.keys = b.keys;
        this.csrf = b.keys.csrfTokens();
        this.realm = b.realm;
        this.tokens = b.tokens;
        this.checker = b.checker;
        this.clock = b.clock;
    }

    /** A builder over the signing keys and the realm that knows the users. */
    public static Builder builder(AuthKeys keys, Realm realm) {
        return new Builder(keys, realm);
    }

    /** Whether a call needs authentication at all (upstream's short list of open endpoints). */
    static boolean requiresAuth(HttpMethod method, String relUri) {
        return switch (method) {
            case GET -> !OPEN_GET.contains(relUri);
            case POST -> !OPEN_POST.contains(relUri);
            default -> true;
        };
    }

    /**
     * Authenticates a call.
     *
     * @throws ApiException 401 {@code No ticket\n}, {@code Authentication failed!\n} or
     *     {@code Permission denied - invalid csrf token\n}
     */
    Caller authenticate(HttpMethod method, String relUri, Credentials creds) {
        if (!requiresAuth(method, relUri)) {
            return Caller.anonymous();
        }
        if (creds.apiToken().isPresent()) {
            return new Caller(Optional.of(verifyToken(creds.apiToken().get())), true);
        }
        String ticket = creds.ticket().orElseThrow(() -> ApiException.of(401, "No ticket\n"));
        String user = verifyTicket(ticket).orElseThrow(AccessControl::authFailed);
        if (method != HttpMethod.GET && !creds.csrfToken().map(t -> csrf.verify(user, t, now())).orElse(false)) {
            throw ApiException.of(401, "Permission denied - invalid csrf token\n");
        }
        return new Caller(Optional.of(user), false);
    }

    private String verifyToken(String text) {
        int eq = text.lastIndexOf('=');
        if (eq <= 0) {
            throw authFailed();
        }
        String tokenid = text.substring(0, eq);
        String secret = text.substring(eq + 1);
        int bang = tokenid.indexOf('!');
        boolean ok = bang > 0 && tokens.isPresent() && realm.isEnabled(tokenid.substring(0, bang))
                && tokens.get().verify(tokenid, secret, now());
        if (!ok) {
            throw authFailed();
        }
        return tokenid;
    }

    /** The API token store, when tokens are enabled. */
    public Optional<ApiTokens> tokens() {
        return tokens;
    }

    private Optional<String> verifyTicket(String ticket) {
        return keys.tickets().verify("PVE", ticket, now()).map(Tickets.Verified::data).filter(realm::isEnabled);
    }

    private static ApiException authFailed() {
        return ApiException.of(401, "Authentication failed!\n");
    }

    /**
     * Checks a method's permissions for a caller (upstream's {@code check_api2_permissions}),
     * and that API tokens only call methods that allow them.
     *
     * @throws ApiException 403 when refused
     */
    void checkPermissions(ApiMethod method, String relUri, Caller caller, ObjectNode params) {
        if (caller.viaToken() && !method.allowToken()) {
            throw ApiException.permission("URI '" + relUri + "' not available with API token, need proper ticket.\n");
        }
        Optional<Permissions> perms = method.permissions();
        Optional<String> user = perms.flatMap(Permissions::user);
        if (caller.authId().isEmpty()) {
            if (user.filter("world"::equals).isPresent()) {
                return;
            }
            throw ApiException.permission("user != null");
        }
        String authId = caller.authId().get();
        if (authId.equals(ROOT) || user.isPresent()) {
            return;
        }
        if (perms.isEmpty()) {
            throw ApiException.permission("user != root@pam");
        }
        if (perms.get().check().isEmpty()) {
            throw ApiException.permission();
        }
        checker.check(authId, perms.get().check().get(), params);
    }

    /**
     * Whether a caller holds a privilege on an ACL path, for checks a method makes in its code:
     * {@code root@pam} holds all, everyone else what the permission checker grants.
     */
    public boolean hasPrivilege(String authId, String path, String privilege) {
        if (authId.equals(ROOT)) {
            return true;
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        try {
            checker.check(authId, f.arrayNode().add("perm").add(path).add(f.arrayNode().add(privilege)),
                    f.objectNode());
            return true;
        } catch (ApiException e) {
            return false;
        }
    }

    /**
     * Logs a user in (upstream {@code POST /access/ticket}): the password, or a valid ticket of
     * the same user (or of {@code root@pam}) for renewal.
     *
     * @return the canonical user id
     * @throws ApiException 401 {@code authentication failure\n}
     */
    String login(String username, String password) {
        Optional<String> byTicket = password.startsWith("PVE:") ? verifyTicket(password) : Optional.empty();
        boolean renewal = byTicket.filter(u -> u.equals(username) || u.equals(ROOT)).isPresent()
                && realm.isEnabled(username);
        if (!renewal && !(username.contains("@") && realm.authenticate(username, password))) {
            throw ApiException.of(401, "authentication failure\n");
        }
        return username;
    }

    /** A new ticket for a user. */
    String ticket(String userid) {
        return keys.tickets().assemble("PVE", userid, now());
    }

    /** A new CSRF prevention token for a user. */
    String csrfToken(String userid) {
        return csrf.assemble(userid, now());
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    /** Builder of {@link AccessControl}. */
    public static final class Builder {
        private final AuthKeys keys;
        private final Realm realm;
        private Optional<ApiTokens> tokens = Optional.empty();
        private PermissionChecker checker = PermissionChecker.denyAll();
        private Clock clock = Clock.systemUTC();

        private Builder(AuthKeys keys, Realm realm) {
            this.keys = Objects.requireNonNull(keys, "keys");
            this.realm = Objects.requireNonNull(realm, "realm");
        }

        /** Accepts these API tokens (default: none). */
        public Builder tokens(ApiTokens value) {
            tokens = Optional.of(value);
            return this;
        }

        /** Evaluates {@code check} expressions (default: {@link PermissionChecker#denyAll()}). */
        public Builder permissionChecker(PermissionChecker value) {
            checker = Objects.requireNonNull(value, "checker");
            return this;
        }

        /** The clock tickets are made and checked with (default: the system clock). */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Builds it. */
        public AccessControl build() {
            return new AccessControl(this);
        }
    }
}
