package dev.jpve.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The immutable access configuration of upstream's user.cfg: users with their tokens, groups,
 * pools, custom roles and the ACL. {@code root@pam} always exists and the built-in roles of
 * {@link Privileges} are always defined. Changes return a new configuration.
 *
 * @param users users by user id
 * @param groups groups by name
 * @param pools pools by name
 * @param customRoles roles defined in user.cfg (never a built-in one) with their privileges
 * @param acl ACL path to member to role to propagate flag
 */
public record UserConfig(SortedMap<String, User> users, SortedMap<String, Group> groups,
        SortedMap<String, Pool> pools, SortedMap<String, SortedSet<String>> customRoles,
        SortedMap<String, SortedMap<String, SortedMap<String, Boolean>>> acl) {

    /** The user that holds every privilege and is always present. */
    public static final String ROOT = "root@pam";

    /** A configuration with deep immutable copies, {@code root@pam} added when missing. */
    public UserConfig {
        TreeMap<String, User> u = new TreeMap<>(users);
        u.putIfAbsent(ROOT, User.of(ROOT));
        users = Collections.unmodifiableSortedMap(u);
        groups = Collections.unmodifiableSortedMap(new TreeMap<>(groups));
        pools = Collections.unmodifiableSortedMap(new TreeMap<>(pools));
        TreeMap<String, SortedSet<String>> r = new TreeMap<>();
        customRoles.forEach((k, v) -> {
            if (!Privileges.isBuiltIn(k)) {
                r.put(k, Collections.unmodifiableSortedSet(new TreeSet<>(v)));
            }
        });
        customRoles = Collections.unmodifiableSortedMap(r);
        acl = freezeAcl(acl);
    }

    /** The configuration of a fresh node: only {@code root@pam}, no ACL. */
    public static UserConfig empty() {
        return new UserConfig(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    /** The privileges of a role (built-in or custom), or null when it does not exist. */
    public SortedSet<String> role(String name) {
        SortedSet<String> builtIn = Privileges.builtInRoles().get(name);
        return builtIn != null ? builtIn : customRoles.get(name);
    }

    /** All roles, built-in and custom, by name. */
    public SortedMap<String, SortedSet<String>> roles() {
        TreeMap<String, SortedSet<String>> all = new TreeMap<>(customRoles);
        all.putAll(Privileges.builtInRoles());
        return Collections.unmodifiableSortedMap(all);
    }

    /** The token of a token id, or null when the user or token does not exist. */
    public User.Token token(String tokenid) {
        User u = users.get(Ids.tokenUser(tokenid) == null ? "" : Ids.tokenUser(tokenid));
        return u == null ? null : u.tokens().get(Ids.tokenName(tokenid));
    }

    /** Whether {@code userid} is a member of {@code group}. */
    public boolean isMember(String group, String userid) {
        Group g = groups.get(group);
        return g != null && g.members().contains(userid);
    }

    /** The ACL as a list of entries, ordered by path, member and role. */
    public List<AclEntry> aclEntries() {
        List<AclEntry> out = new ArrayList<>();
        acl.forEach((path, members) -> members.forEach((member, roles) -> roles.forEach(
                (role, propagate) -> out.add(new AclEntry(path, member, role, propagate)))));
        return out;
    }

    /** This configuration with {@code user} added or replaced (its tokens included). */
    public UserConfig withUser(User user) {
        TreeMap<String, User> u = new TreeMap<>(users);
        u.put(user.userid(), user);
        return new UserConfig(u, groups, pools, customRoles, acl);
    }

    /** This configuration without the user, its group memberships and its and its tokens' ACLs. */
    public UserConfig withoutUser(String userid) {
        TreeMap<String, User> u = new TreeMap<>(users);
        u.remove(userid);
        TreeMap<String, Group> g = new TreeMap<>();
        groups.forEach((name, group) -> {
            TreeSet<String> m = new TreeSet<>(group.members());
            m.remove(userid);
            g.put(name, new Group(name, m, group.comment()));
        });
        return new UserConfig(u, g, pools, customRoles,
                filterAcl(e -> !e.member().equals(userid) && !userid.equals(Ids.tokenUser(e.member()))));
    }

    /** This configuration with {@code group} added or replaced. */
    public UserConfig withGroup(Group group) {
        TreeMap<String, Group> g = new TreeMap<>(groups);
        g.put(group.name(), group);
        return new UserConfig(users, g, pools, customRoles, acl);
    }

    /** This configuration with {@code pool} added or replaced. */
    public UserConfig withPool(Pool pool) {
        TreeMap<String, Pool> p = new TreeMap<>(pools);
        p.put(pool.name(), pool);
        return new UserConfig(users, groups, p, customRoles, acl);
    }

    /** This configuration with a custom role added or replaced. */
    public UserConfig withRole(String name, Iterable<String> privileges) {
        TreeSet<String> privs = new TreeSet<>();
        privileges.forEach(privs::add);
        TreeMap<String, SortedSet<String>> r = new TreeMap<>(customRoles);
        r.put(name, privs);
        return new UserConfig(users, groups, pools, r, acl);
    }

    /** This configuration with {@code entry} added (replacing the propagate flag of an equal one). */
    public UserConfig withAcl(AclEntry entry) {
        var copy = mutableAcl();
        copy.computeIfAbsent(entry.path(), p -> new TreeMap<>())
                .computeIfAbsent(entry.member(), m -> new TreeMap<>()).put(entry.role(), entry.propagate());
        return new UserConfig(users, groups, pools, customRoles, copy);
    }

    /** This configuration without the entry for this path, member and role. */
    public UserConfig withoutAcl(String path, String member, String role) {
        return new UserConfig(users, groups, pools, customRoles, filterAcl(
                e -> !(e.path().equals(path) && e.member().equals(member) && e.role().equals(role))));
    }

    private TreeMap<String, SortedMap<String, SortedMap<String, Boolean>>> filterAcl(
            java.util.function.Predicate<AclEntry> keep) {
        TreeMap<String, SortedMap<String, SortedMap<String, Boolean>>> out = new TreeMap<>();
        for (AclEntry e : aclEntries()) {
            if (keep.test(e)) {
                out.computeIfAbsent(e.path(), p -> new TreeMap<>())
                        .computeIfAbsent(e.member(), m -> new TreeMap<>()).put(e.role(), e.propagate());
            }
        }
        return out;
    }

    private TreeMap<String, SortedMap<String, SortedMap<String, Boolean>>> mutableAcl() {
        return filterAcl(e -> true);
    }

    private static SortedMap<String, SortedMap<String, SortedMap<String, Boolean>>> freezeAcl(
            SortedMap<String, SortedMap<String, SortedMap<String, Boolean>>> acl) {
        TreeMap<String, SortedMap<String, SortedMap<String, Boolean>>> out = new TreeMap<>();
        acl.forEach((path, members) -> {
            TreeMap<String, SortedMap<String, Boolean>> m = new TreeMap<>();
            members.forEach((member, roles) -> {
                if (!roles.isEmpty()) {
                    m.put(member, Collections.unmodifiableSortedMap(new TreeMap<>(roles)));
                }
            });
            if (!m.isEmpty()) {
                out.put(Objects.requireNonNull(path), Collections.unmodifiableSortedMap(m));
            }
        });
        return Collections.unmodifiableSortedMap(out);
    }
}
