package dev.jpve.access;

import dev.jpve.schema.ApiException;
import dev.jpve.schema.PerlScalar;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Upstream's {@code update_acl} code and {@code check_perm_modify}, on an immutable configuration. */
final class AclUpdate {
    private AclUpdate() {
    }

    /** Whether the caller may change ACLs on {@code path} (upstream's {@code check_perm_modify}). */
    static boolean mayModify(Permissions perms, String caller, String path) {
        SortedSet<String> held = perms.privileges(caller, path);
        if (held.contains("Permissions.Modify")) {
            return true;
        }
        String extra = path.matches("/storage/.+") ? "Datastore.Allocate" : path.matches("/vms/.+") ? "VM.Allocate"
                : path.matches("/pool/.+") ? "Pool.Allocate" : null;
        return extra != null && held.contains(extra);
    }

    static UserConfig apply(UserConfig cfg, Permissions perms, String caller, ObjectNode params) {
        String users = text(params.get("users"));
        String groups = text(params.get("groups"));
        String tokens = text(params.get("tokens"));
        if (!UserCfg.truthy(users) && !UserCfg.truthy(groups) && !UserCfg.truthy(tokens)) {
            String msg = "either 'users', 'groups' or 'tokens' is required.";
            throw ApiException.param(Map.of("users", msg, "groups", msg, "tokens", msg));
        }
        String raw = text(params.get("path"));
        String path = Ids.normalizePath(raw);
        boolean delete = PerlScalar.isTruthy(params.get("delete"));
        if (path == null || !delete && !Ids.isAclPath(path)) {
            throw ApiException.param(Map.of("path", "invalid ACL path '" + raw + "'"));
        }
        boolean propagate = PerlScalar.isUndefined(params.get("propagate")) || PerlScalar.isTruthy(params.get("propagate"));
        SortedMap<String, Boolean> callerPrivs = perms.privilegeFlags(caller, path);
        UserConfig out = cfg;
        for (String role : Ids.splitList(text(params.get("roles")))) {
            SortedSet<String> privs = cfg.role(role);
            if (privs == null) {
                throw ApiException.of(500, "role '" + role + "' does not exist\n");
            }
            if (!callerPrivs.containsKey("Permissions.Modify") && !callerPrivs.keySet().containsAll(privs)) {
                throw ApiException.param(Map.of("role", "Cannot " + (delete ? "remove" : "add") + " role '" + role
                        + "' - requires 'Permissions.Modify' or superset of privileges."));
            }
            for (String member : members(cfg, groups, users, tokens)) {
                out = delete ? out.withoutAcl(path, member, role) : out.withAcl(new AclEntry(path, member, role, propagate));
            }
        }
        return out;
    }

    private static List<String> members(UserConfig cfg, String groups, String users, String tokens) {
        List<String> out = new java.util.ArrayList<>();
        for (String group : Ids.splitList(groups)) {
            if (!cfg.groups().containsKey(group)) {
                throw ApiException.of(500, "group '" + group + "' does not exist\n");
            }
            out.add("@" + group);
        }
        for (String user : Ids.splitList(users)) {
            if (!Ids.isUserId(user)) {
                throw ApiException.of(500, "value '" + user + "' does not look like a valid user name\n");
            }
            if (!cfg.users().containsKey(user)) {
                throw ApiException.of(500, "user '" + user + "' does not exist\n");
            }
            out.add(user);
        }
        for (String token : Ids.splitList(tokens)) {
            String user = Ids.tokenUser(token);
            if (user == null) {
                throw ApiException.of(500, "'" + token + "' is not a valid token ID - not able to split into user "
                        + "and token parts\n");
            }
            if (!cfg.users().containsKey(user)) {
                throw ApiException.of(500, "no such user ('" + user + "')\n");
            }
            if (cfg.token(token) == null) {
                throw ApiException.of(500, "no such token '" + Ids.tokenName(token) + "' for user '" + user + "'\n");
            }
            out.add(token);
        }
        return out;
    }

    private static String text(JsonNode node) {
        return PerlScalar.isUndefined(node) ? "" : PerlScalar.text(node);
    }
}
