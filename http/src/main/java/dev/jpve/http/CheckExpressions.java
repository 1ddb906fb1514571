package dev.jpve.http;

import dev.jpve.schema.ApiException;
import dev.jpve.schema.PerlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link PermissionChecker} that evaluates upstream's check expressions against a source of
 * privileges (upstream's {@code exec_api2_perm_check}): {@code perm} (with {@code {param}}
 * substitution, {@code any} and {@code require_param}), {@code and}, {@code or},
 * {@code userid-param} ({@code 'self'} and {@code 'Realm.AllocateUser'}), {@code perm-modify}
 * and {@code userid-group} (which needs the source's users and groups). Over
 * {@link dev.jpve.access.UserConfigStore#privilegeSource()} the privileges are the real ACL's.
 *
 * {@snippet :
 * PermissionChecker checker = new CheckExpressions((authId, path) ->
 *     authId.equals("alice@pve") && path.startsWith("/vms/") ? Set.of("VM.Audit") : Set.of());
 * }
 */
public final class CheckExpressions implements PermissionChecker {
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    /** The privileges a user or token holds on an ACL path. */
    @FunctionalInterface
    public interface PrivilegeSource {
        /** The privileges of {@code authId} on the normalised {@code path}. */
        Set<String> privileges(String authId, String path);

        /** Whether the user exists (for {@code userid-group}); none unless the source knows users. */
        default boolean userExists(String userid) {
            return false;
        }

        /** All groups by name with their members (for {@code userid-group}). */
        default java.util.Map<String, Set<String>> groups() {
            return java.util.Map.of();
        }
    }

    private final PrivilegeSource source;

    /** A checker over this source of privileges. */
    public CheckExpressions(PrivilegeSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public void check(String authId, JsonNode check, ObjectNode params) {
        if (!eval(authId, check, params, false)) {
            throw ApiException.permission();
        }
    }

    private boolean eval(String authId, JsonNode check, ObjectNode params, boolean noerr) {
        if (!check.isArray() || check.isEmpty()) {
            return fail(noerr, "");
        }
        String op = PerlScalar.text(check.get(0));
        return switch (op) {
            case "perm" -> perm(authId, check, params, noerr);
            case "and" -> all(authId, check, params, noerr);
            case "or" -> any(authId, check, params, noerr);
            case "userid-param" -> useridParam(authId, PerlScalar.text(check.path(1)), params, noerr);
            case "userid-group" -> useridGroup(authId, check, params, noerr);
            case "perm-modify" -> permModify(authId, PerlScalar.text(check.path(1)), params, noerr);
            default -> fail(noerr, "");
        };
    }

    private boolean useridParam(String authId, String test, ObjectNode params, boolean noerr) {
        String userid = params.hasNonNull("userid") ? PerlScalar.text(params.get("userid")) : "";
        if (test.equals("Realm.AllocateUser")) {
            int at = userid.lastIndexOf('@');
            String path = "/access/realm/" + (at < 0 ? "" : userid.substring(at + 1));
            return source.privileges(authId, path).contains(test) || fail(noerr, path + ", " + test);
        }
        return test.equals("self") && userid.equals(authId) || fail(noerr, "");
    }

    /** Upstream's {@code userid-group}: user administration rights through groups. */
    private boolean useridGroup(String authId, JsonNode check, ObjectNode params, boolean noerr) {
        List<String> privs = new ArrayList<>();
        check.path(1).forEach(p -> privs.add(PerlScalar.text(p)));
        String groupsParam = null;
        for (int i = 2; i + 1 < check.size(); i += 2) {
            if (PerlScalar.text(check.get(i)).equals("groups_param")) {
                groupsParam = PerlScalar.text(check.get(i + 1));
            }
        }
        String userid = params.hasNonNull("userid") ? PerlScalar.text(params.get("userid")) : "";
        boolean existing = groupsParam == null || !groupsParam.equals("create");
        if (existing && !source.userExists(userid)) {
            if (noerr) {
                return false;
            }
            throw dev.jpve.schema.ApiException.of(500, "no such user ('" + userid + "')\n");
        }
        if (anyHeld(authId, "/access/groups", privs)) {
            return true;
        }
        String privText = String.join("|", privs);
        Set<String> allowed = new java.util.TreeSet<>();
        java.util.Set<String> users = new java.util.TreeSet<>();
        source.groups().forEach((group, members) -> {
            if (anyHeld(authId, "/access/groups/" + group, privs)) {
                allowed.add(group);
                users.addAll(members);
            }
        });
        if (groupsParam != null) {
            String list = params.hasNonNull("groups") ? PerlScalar.text(params.get("groups")) : "";
            List<String> wanted = java.util.Arrays.stream(list.replaceAll("[,;]", " ").strip().split("\\s+"))
                    .filter(g -> !g.isEmpty()).toList();
            if (wanted.isEmpty()) {
                throw ApiException.permission("/access/groups, " + privText);
            }
            for (String g : wanted) {
                if (!allowed.contains(g)) {
                    throw ApiException.permission("/access/groups/" + g + ", " + privText);
                }
            }
        }
        return !existing || users.contains(userid) || fail(noerr, "");
    }

    private boolean anyHeld(String authId, String path, List<String> privs) {
        Set<String> held = source.privileges(authId, path);
        return privs.stream().anyMatch(held::contains);
    }

    /** Upstream's {@code check_perm_modify}: Permissions.Modify, or the allocate privilege of the path's kind. */
    private boolean permModify(String authId, String template, ObjectNode params, boolean noerr) {
        String path = substitute(template, params);
        if (path == null) {
            return fail(noerr, "");
        }
        List<String> privs = new ArrayList<>(List.of("Permissions.Modify"));
        if (path.matches("/storage/.+")) {
            privs.add("Datastore.Allocate");
        } else if (path.matches("/vms/.+")) {
            privs.add("VM.Allocate");
        } else if (path.matches("/pool/.+")) {
            privs.add("Pool.Allocate");
        }
        Set<String> held = source.privileges(authId, path);
        return privs.stream().anyMatch(held::contains) || fail(noerr, path + ", " + String.join("|", privs));
    }

    private boolean hasAll(String authId, String path, List<String> privs, boolean noerr) {
        Set<String> held = source.privileges(authId, path);
        for (String p : privs) {
            if (!held.contains(p)) {
                return fail(noerr, path + ", " + p);
            }
        }
        return true;
    }

    private boolean all(String authId, JsonNode check, ObjectNode params, boolean noerr) {
        for (int i = 1; i < check.size(); i++) {
            if (!eval(authId, check.get(i), params, noerr)) {
                return false;
            }
        }
        return true;
    }

    private boolean any(String authId, JsonNode check, ObjectNode params, boolean noerr) {
        for (int i = 1; i < check.size(); i++) {
            if (eval(authId, check.get(i), params, true)) {
                return true;
            }
        }
        return fail(noerr, "");
    }

    private boolean perm(String authId, JsonNode check, ObjectNode params, boolean noerr) {
        List<String> privs = new ArrayList<>();
        check.path(2).forEach(p -> privs.add(PerlScalar.text(p)));
        boolean anyOf = false;
        for (int i = 3; i + 1 < check.size(); i += 2) {
            String key = PerlScalar.text(check.get(i));
            if (key.equals("any")) {
                anyOf = PerlScalar.isTruthy(check.get(i + 1));
            } else if (key.equals("require_param") && !params.hasNonNull(PerlScalar.text(check.get(i + 1)))) {
                return fail(noerr, "");
            }
        }
        String path = substitute(PerlScalar.text(check.get(1)), params);
        if (path == null) {
            return fail(noerr, "");
        }
        if (anyOf) {
            Set<String> held = source.privileges(authId, path);
            return privs.stream().anyMatch(held::contains) || fail(noerr, path + ", " + String.join("|", privs));
        }
        return hasAll(authId, path, privs, noerr);
    }

    private static String substitute(String template, ObjectNode params) {
        Matcher m = PARAM.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            JsonNode v = params.get(m.group(1));
            if (v == null || v.isNull()) {
                return null;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(PerlScalar.text(v)));
        }
        m.appendTail(sb);
        return normalise(sb.toString());
    }

    /** Upstream's {@code normalize_path}: one leading slash, no doubled or trailing slashes. */
    static String normalise(String path) {
        String p = ("/" + path).replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static boolean fail(boolean noerr, String what) {
        if (noerr) {
            return false;
        }
        throw ApiException.permission(what);
    }
}
