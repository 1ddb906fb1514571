package dev.jpve.access;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Upstream's privilege catalog and built-in roles ({@code PVE::AccessControl::create_roles}): the
 * privileges of each category split into root, admin, user and audit groups, from which the
 * {@code PVE<Cat>Admin}, {@code PVE<Cat>User}, {@code PVEAdmin} and {@code PVEAuditor} roles are
 * made, plus {@code Administrator} (all), {@code NoAccess} (none) and {@code PVETemplateUser}.
 */
public final class Privileges {
    /** The role that holds every privilege. */
    public static final String ADMINISTRATOR = "Administrator";
    /** The role that holds nothing and stops inherited roles. */
    public static final String NO_ACCESS = "NoAccess";

    private record Category(String name, List<String> root, List<String> admin, List<String> user,
            List<String> audit) {
    }

    private static final List<Category> CATEGORIES = List.of(
            new Category("VM", List.of(),
                    List.of("VM.Config.Disk", "VM.Config.CPU", "VM.Config.Memory", "VM.Config.Network",
                            "VM.Config.HWType", "VM.Config.Options", "VM.Allocate", "VM.Clone", "VM.Migrate",
                            "VM.Monitor", "VM.Snapshot", "VM.Snapshot.Rollback"),
                    List.of("VM.Config.CDROM", "VM.Config.Cloudinit", "VM.Console", "VM.Backup", "VM.PowerMgmt"),
                    List.of("VM.Audit")),
            new Category("Sys", List.of("Sys.PowerMgmt", "Sys.Modify", "Sys.Incoming"),
                    List.of("Sys.Console", "Sys.Syslog"), List.of(), List.of("Sys.Audit")),
            new Category("Datastore", List.of(), List.of("Datastore.Allocate", "Datastore.AllocateTemplate"),
                    List.of("Datastore.AllocateSpace"), List.of("Datastore.Audit")),
            new Category("SDN", List.of(), List.of("SDN.Allocate", "SDN.Audit"), List.of("SDN.Use"),
                    List.of("SDN.Audit")),
            new Category("User", List.of("Realm.Allocate"),
                    List.of("User.Modify", "Group.Allocate", "Realm.AllocateUser"), List.of(), List.of()),
            new Category("Pool", List.of(), List.of("Pool.Allocate"), List.of("Pool.Audit"), List.of("Pool.Audit")),
            new Category("Mapping", List.of(), List.of("Mapping.Modify"), List.of("Mapping.Use"),
                    List.of("Mapping.Audit")));

    private static final SortedSet<String> VALID = valid();
    private static final SortedMap<String, SortedSet<String>> BUILT_IN = builtIn();

    private Privileges() {
    }

    /** Every privilege upstream knows (the {@code pve-priv} format). */
    public static SortedSet<String> all() {
        return VALID;
    }

    /** Whether {@code privilege} is one upstream knows. */
    public static boolean isValid(String privilege) {
        return VALID.contains(privilege);
    }

    /** The built-in ("special") roles by name with their privileges; never written to user.cfg. */
    public static SortedMap<String, SortedSet<String>> builtInRoles() {
        return BUILT_IN;
    }

    /** Whether {@code role} is built in (upstream's {@code role_is_special}). */
    public static boolean isBuiltIn(String role) {
        return BUILT_IN.containsKey(role);
    }

    private static SortedSet<String> valid() {
        SortedSet<String> all = new TreeSet<>(Set.of("Permissions.Modify"));
        for (Category c : CATEGORIES) {
            all.addAll(c.root());
            all.addAll(c.admin());
            all.addAll(c.user());
            all.addAll(c.audit());
        }
        return java.util.Collections.unmodifiableSortedSet(all);
    }

    private static SortedMap<String, SortedSet<String>> builtIn() {
        Map<String, SortedSet<String>> roles = new TreeMap<>();
        roles.put(NO_ACCESS, new TreeSet<>());
        roles.put(ADMINISTRATOR, new TreeSet<>(VALID));
        for (Category c : CATEGORIES) {
            for (List<String> group : List.of(c.admin(), c.user(), c.audit())) {
                add(roles, "PVE" + c.name() + "Admin", group);
                add(roles, "PVEAdmin", group);
            }
            if (!c.user().isEmpty()) {
                add(roles, "PVE" + c.name() + "User", c.user());
                add(roles, "PVE" + c.name() + "User", c.audit());
            }
            add(roles, "PVEAuditor", c.audit());
        }
        roles.get("PVEAdmin").remove("Mapping.Modify");
        roles.put("PVETemplateUser", new TreeSet<>(Set.of("VM.Clone", "VM.Audit")));
        SortedMap<String, SortedSet<String>> frozen = new TreeMap<>();
        roles.forEach((k, v) -> frozen.put(k, java.util.Collections.unmodifiableSortedSet(v)));
        return java.util.Collections.unmodifiableSortedMap(frozen);
    }

    private static void add(Map<String, SortedSet<String>> roles, String role, List<String> privs) {
        roles.computeIfAbsent(role, r -> new TreeSet<>()).addAll(privs);
    }
}
