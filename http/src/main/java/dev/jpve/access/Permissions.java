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
        if (authId.equals(UserConfig.ROOT)) {
            return Privileges.builtInRoles().get(Privileges.ADMINISTRATOR);
        }
        if (path == null) {
            return Collections.emptySortedSet();
        }
        String owner = Ids.tokenUser(authId);
        if (owner != null) {
            User.Token token = cfg.token(authId);
            if (token == null) {
                return Collections.emptySortedSet();
            }
            SortedSet<String> user = privileges(owner, path);
            if (!token.privsep()) {
                return user;
            }
            SortedSet<String> own = compile(authId, path);
            if (!owner.equals(UserConfig.ROOT)) {
                own.retainAll(user);
            }
            return Collections.unmodifiableSortedSet(own);
        }
        return Ids.isUserId(authId) ? Collections.unmodifiableSortedSet(compile(authId, path))
                : Collections.emptySortedSet();
    }

    /** Whether {@code authId} holds {@code privilege} on {@code path}. */
    public boolean has(String authId, String path, String privilege) {
        return privileges(authId, path).contains(privilege);
    }

    /**
     * Upstream's {@code get_effective_permissions}: the privileges on the top-level paths, every
     * ACL path and the pools' guest and storage paths, leaving out paths without any.
     */
    public SortedMap<String, SortedSet<String>> effective(String authId) {
        Set<String> paths = new LinkedHashSet<>(DEFAULT_PATHS);
        paths.addAll(cfg.acl().keySet());
        for (Pool p : cfg.pools().values()) {
            p.vms().forEach(v -> paths.add("/vms/" + v));
            p.storage().forEach(s -> paths.add("/storage/" + s));
        }
        SortedMap<String, SortedSet<String>> out = new TreeMap<>();
        for (String path : paths) {
            SortedSet<String> privs = privileges(authId, path);
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

    private SortedSet<String> compile(String authId, String path) {
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
        SortedSet<String> privs = new TreeSet<>();
        for (String role : roles.keySet()) {
            SortedSet<String> set = cfg.role(role);
            if (set != null) {
                privs.addAll(set);
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
