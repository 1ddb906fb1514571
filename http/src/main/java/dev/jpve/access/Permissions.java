package dev.jpve.access;

import dev.jpve.http.CheckExpressions;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Privileges computed from a {@link UserConfig} exactly as upstream's
 * {@code PVE::RPCEnvironment::permissions} and {@code PVE::AccessControl::roles} do: along the
 * path from {@code /}, the most specific level with an applicable entry replaces what was
 * inherited (an entry applies on its own path, and below it only when it propagates); at each
 * level the member's own entries win over its groups' entries; {@code NoAccess} wipes every other
 * role; roles on {@code /pool/<p>} apply to the pool's guests and storages unless the path has
 * its own {@code NoAccess}; {@code root@pam} holds every privilege; a token without privilege
 * separation has its user's privileges, a privilege-separated one the intersection of its own and
 * its user's (not capped for root@pam's tokens).
 */
public final class Permissions implements CheckExpressions.PrivilegeSource {
    private static final List<String> DEFAULT_PATHS =
            List.of("/", "/access", "/access/groups", "/nodes", "/pool", "/sdn", "/storage", "/vms");

    private final UserConfig cfg;

    /** Permissions over this configuration. */
    public Permissions(UserConfig cfg) {
        this.cfg = cfg;
    }

    /** The privileges of a user or token on the normalised ACL path. */
    @Override
    public SortedSet<String> privileges(String authId, String path) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(privilegeFlags(authId, path).keySet()));
    }

    /**
     * The privileges of a user or token on a path with upstream's informational propagate flag
     * (set when a role that gives the privilege propagates), as {@code GET /access/permissions}
     * shows them.
     */
    public SortedMap<String, Boolean> privilegeFlags(String authId, String path) {
        if (authId.equals(UserConfig.ROOT)) {
            SortedMap<String, Boolean> all = new TreeMap<>();
            Privileges.all().forEach(p -> all.put(p, true));
            return all;
        }
        if (path == null) {
            return new TreeMap<>();
        }
        String owner = Ids.tokenUser(authId);
        if (owner != null) {
            User.Token token = cfg.token(authId);
            if (token == null) {
                return new TreeMap<>();
            }
            SortedMap<String, Boolean> user = privilegeFlags(owner, path);
            if (!token.privsep()) {
                return user;
            }
            SortedMap<String, Boolean> own = compile(authId, path);
            if (!owner.equals(UserConfig.ROOT)) {
                own.keySet().retainAll(user.keySet());
                own.replaceAll((p, flag) -> flag && user.get(p));
            }
            return own;
        }
        return Ids.isUserId(authId) ? compile(authId, path) : new TreeMap<>();
    }

    @Override
    public boolean userExists(String userid) {
        return cfg.users().containsKey(userid);
    }

    @Override
    public Map<String, Set<String>> groups() {
        Map<String, Set<String>> out = new TreeMap<>();
        cfg.groups().forEach((name, g) -> out.put(name, g.members()));
        return out;
    }

    /** Whether {@code authId} holds {@code privilege} on {@code path}. */
    public boolean has(String authId, String path, String privilege) {
        return privileges(authId, path).contains(privilege);
    }

    /**
     * Upstream's {@code get_effective_permissions}: the privileges on the top-level paths, every
     * ACL path and the pools' guest and storage paths, leaving out paths without any.
     */
    public SortedMap<String, SortedMap<String, Boolean>> effective(String authId) {
        Set<String> paths = new LinkedHashSet<>(DEFAULT_PATHS);
        paths.addAll(cfg.acl().keySet());
        for (Pool p : cfg.pools().values()) {
            p.vms().forEach(v -> paths.add("/vms/" + v));
            p.storage().forEach(s -> paths.add("/storage/" + s));
        }
        SortedMap<String, SortedMap<String, Boolean>> out = new TreeMap<>();
        for (String path : paths) {
            SortedMap<String, Boolean> privs = privilegeFlags(authId, path);
            if (!privs.isEmpty()) {
                out.put(path, privs);
            }
        }
        return out;
    }

    /**
     * Upstream's {@code roles()}: the roles of a user or token on a path with their propagate
     * flags, from the ACL alone (no pools, no token capping); {@code Administrator} for root@pam.
     */
    public SortedMap<String, Boolean> roles(String authId, String path) {
        if (authId.equals(UserConfig.ROOT)) {
            return new TreeMap<>(Map.of(Privileges.ADMINISTRATOR, true));
        }
        String owner = Ids.tokenUser(authId);
        if (owner != null) {
            User.Token token = cfg.token(authId);
            if (token == null) {
                return new TreeMap<>();
            }
            if (!token.privsep()) {
                return roles(owner, path);
            }
        }
        SortedMap<String, Boolean> roles = new TreeMap<>();
        String[] segments = path.equals("/") ? new String[0] : path.substring(1).split("/");
        for (int level = 0; level <= segments.length; level++) {
            String prefix = level == 0 ? "/" : "/" + String.join("/", List.of(segments).subList(0, level));
            SortedMap<String, Boolean> found = level(authId, cfg.acl().get(prefix), level == segments.length);
            if (found != null) {
                roles = found;
            }
        }
        if (roles.containsKey(Privileges.NO_ACCESS)) {
            return new TreeMap<>(Map.of(Privileges.NO_ACCESS, roles.get(Privileges.NO_ACCESS)));
        }
        return roles;
    }

    private SortedMap<String, Boolean> level(String authId, SortedMap<String, SortedMap<String, Boolean>> node,
            boolean last) {
        if (node == null) {
            return null;
        }
        SortedMap<String, Boolean> own = applicable(node.get(authId), last, null);
        if (own != null) {
            return own;
        }
        SortedMap<String, Boolean> fromGroups = null;
        for (var e : node.entrySet()) {
            if (e.getKey().startsWith("@") && cfg.isMember(e.getKey().substring(1), authId)) {
                fromGroups = applicable(e.getValue(), last, fromGroups);
            }
        }
        return fromGroups;
    }

    private static SortedMap<String, Boolean> applicable(SortedMap<String, Boolean> entries, boolean last,
            SortedMap<String, Boolean> into) {
        if (entries == null) {
            return into;
        }
        SortedMap<String, Boolean> out = into;
        for (var e : entries.entrySet()) {
            if (last || e.getValue()) {
                out = out == null ? new TreeMap<>() : out;
                out.merge(e.getKey(), e.getValue(), Boolean::logicalOr);
            }
        }
        return out;
    }

    private SortedMap<String, Boolean> compile(String authId, String path) {
        SortedMap<String, Boolean> roles = roles(authId, path);
        SortedMap<String, Boolean> fromPools = poolRoles(authId, path);
        if (!fromPools.isEmpty() && !roles.containsKey(Privileges.NO_ACCESS)) {
            if (fromPools.containsKey(Privileges.NO_ACCESS)) {
                roles = new TreeMap<>(Map.of(Privileges.NO_ACCESS, false));
            } else {
                for (String role : fromPools.keySet()) {
                    roles.putIfAbsent(role, false);
                }
            }
        }
        SortedMap<String, Boolean> privs = new TreeMap<>();
        for (var role : roles.entrySet()) {
            SortedSet<String> set = cfg.role(role.getKey());
            if (set != null) {
                set.forEach(p -> privs.merge(p, role.getValue(), Boolean::logicalOr));
            }
        }
        return privs;
    }

    private SortedMap<String, Boolean> poolRoles(String authId, String path) {
        SortedMap<String, Boolean> out = new TreeMap<>();
        for (Pool p : cfg.pools().values()) {
            boolean member = path.startsWith("/vms/") && p.vms().contains(path.substring(5))
                    || path.startsWith("/storage/") && p.storage().contains(path.substring(9));
            if (member) {
                roles(authId, "/pool/" + p.name()).keySet().forEach(r -> out.put(r, true));
            }
        }
        return out;
    }
}
