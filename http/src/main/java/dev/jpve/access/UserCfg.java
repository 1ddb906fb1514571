package dev.jpve.access;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Upstream's user.cfg format ({@code parse_user_config} / {@code write_user_config}): colon
 * separated {@code user:}, {@code token:}, {@code group:}, {@code pool:}, {@code role:} and
 * {@code acl:} lines. Parsing skips what upstream skips (invalid names, unknown privileges, ACLs
 * naming roles or tokens not defined above them); writing is byte-exact, with ACL paths in tree
 * order (children sorted).
 */
public final class UserCfg {
    private static final Pattern STORAGE = Pattern.compile("(?i)[a-z][a-z0-9\\-_.]*[a-z0-9]");

    private UserCfg() {
    }

    /** Parses user.cfg text (null or empty for none). */
    public static UserConfig parse(String raw) {
        Parser p = new Parser();
        for (String line : (raw == null ? "" : raw).split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                p.line(l);
            }
        }
        return new UserConfig(p.users, p.groups, p.pools, p.roles, p.acl);
    }

    /** Writes a configuration as upstream does; root@pam's own ACL entries are not written. */
    public static String write(UserConfig cfg) {
        StringBuilder sb = new StringBuilder();
        for (User u : cfg.users().values()) {
            sb.append("user:").append(u.userid()).append(':').append(u.enable() ? 1 : 0).append(':')
                    .append(u.expire()).append(':').append(encode(u.firstname())).append(':')
                    .append(encode(u.lastname())).append(':').append(u.email()).append(':')
                    .append(encode(u.comment())).append(':').append(u.keys()).append(":\n");
            for (User.Token t : u.tokens().values()) {
                sb.append("token:").append(u.userid()).append('!').append(t.name()).append(':')
                        .append(t.expire()).append(':').append(t.privsep() ? 1 : 0).append(':')
                        .append(encode(t.comment())).append(":\n");
            }
        }
        sb.append('\n');
        for (Group g : cfg.groups().values()) {
            sb.append("group:").append(g.name()).append(':').append(String.join(",", g.members())).append(':')
                    .append(encode(g.comment())).append(":\n");
        }
        sb.append('\n');
        for (Pool p : cfg.pools().values()) {
            sb.append("pool:").append(p.name()).append(':').append(encode(p.comment())).append(':')
                    .append(String.join(",", p.vms())).append(':').append(String.join(",", p.storage()))
                    .append(":\n");
        }
        sb.append('\n');
        cfg.customRoles().forEach((name, privs) ->
                sb.append("role:").append(name).append(':').append(String.join(",", privs)).append(":\n"));
        sb.append('\n');
        for (String path : treeOrder(cfg.acl().keySet())) {
            writeAcl(sb, path, cfg.acl().get(path));
        }
        return sb.toString();
    }

    private static void writeAcl(StringBuilder sb, String path, SortedMap<String, SortedMap<String, Boolean>> node) {
        List<TreeMap<String, TreeSet<String>>> byFlag = List.of(new TreeMap<>(), new TreeMap<>());
        node.forEach((member, roles) -> {
            if (member.equals(UserConfig.ROOT)) {
                return;
            }
            for (int flag = 0; flag < 2; flag++) {
                boolean want = flag == 1;
                List<String> list = roles.entrySet().stream().filter(e -> e.getValue() == want)
                        .map(java.util.Map.Entry::getKey).toList();
                if (!list.isEmpty()) {
                    byFlag.get(flag).computeIfAbsent(String.join(",", list), k -> new TreeSet<>()).add(member);
                }
            }
        });
        for (int flag = 0; flag < 2; flag++) {
            int f = flag;
            byFlag.get(flag).forEach((roles, members) -> sb.append("acl:").append(f).append(':').append(path)
                    .append(':').append(String.join(",", members)).append(':').append(roles).append(":\n"));
        }
    }

    /** Paths in the order of a walk of the ACL tree from {@code /}, children by name. */
    static List<String> treeOrder(java.util.Collection<String> paths) {
        List<String> out = new ArrayList<>(paths);
        out.sort((a, b) -> Arrays.compare(segments(a), segments(b)));
        return out;
    }

    private static String[] segments(String path) {
        return path.equals("/") ? new String[0] : path.substring(1).split("/");
    }

    /** Upstream's {@code encode_text}: control characters, {@code :} and non-ASCII as %XX of UTF-8. */
    static String encode(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 0x20 && c <= 0x7e && c != ':') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    /** Upstream's {@code decode_text}: %XX unescaped, then UTF-8 decoded. */
    static String decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                out.write(hex(in[i + 1]) * 16 + hex(in[i + 2]));
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }

    /** Perl truthiness of a field: false for empty and {@code "0"}. */
    static boolean truthy(String s) {
        return !s.isEmpty() && !s.equals("0");
    }

    private static final class Parser {
        final TreeMap<String, User> users = new TreeMap<>();
        final TreeMap<String, Group> groups = new TreeMap<>();
        final TreeMap<String, Pool> pools = new TreeMap<>();
        final TreeMap<String, SortedSet<String>> roles = new TreeMap<>();
        final TreeMap<String, SortedMap<String, SortedMap<String, Boolean>>> acl = new TreeMap<>();
        final TreeMap<String, String> vmPool = new TreeMap<>();

        void line(String line) {
            String[] raw = line.split(":", -1);
            String[] d = new String[9];
            for (int i = 0; i < d.length; i++) {
                d[i] = i < raw.length ? raw[i].strip() : "";
            }
            switch (d[0]) {
                case "user" -> user(d);
                case "group" -> group(d);
                case "role" -> role(d);
                case "acl" -> acl(d);
                case "pool" -> pool(d);
                case "token" -> token(d);
                default -> { }
            }
        }

        private void user(String[] d) {
            if (!Ids.isUserId(d[1]) || !d[3].matches("\\d{0,18}")) {
                return;
            }
            long expire = d[3].isEmpty() ? 0 : Long.parseLong(d[3]);
            users.put(d[1], new User(d[1], truthy(d[2]), expire, text(d[4]), text(d[5]), d[6], text(d[7]),
                    truthy(d[8]) ? d[8] : "", new TreeMap<>()));
        }

        private void group(String[] d) {
            if (!Ids.isName(d[1])) {
                return;
            }
            Group old = groups.get(d[1]);
            TreeSet<String> members = old == null ? new TreeSet<>() : new TreeSet<>(old.members());
            Ids.splitList(d[2]).stream().filter(Ids::isUserId).forEach(members::add);
            String comment = truthy(d[3]) ? decode(d[3]) : old == null ? "" : old.comment();
            groups.put(d[1], new Group(d[1], members, comment));
        }

        private void role(String[] d) {
            if (!Ids.isName(d[1])) {
                return;
            }
            SortedSet<String> privs = roles.computeIfAbsent(d[1], r -> new TreeSet<>());
            Ids.splitList(d[2]).stream().filter(Privileges::isValid).forEach(privs::add);
        }

        private void acl(String[] d) {
            String path = Ids.normalizePath(d[2]);
            if (path == null) {
                return;
            }
            for (String role : Ids.splitList(d[4])) {
                if (!Ids.isName(role) || !(Privileges.isBuiltIn(role) || roles.containsKey(role))) {
                    continue;
                }
                for (String member : Ids.splitList(d[3])) {
                    if (validMember(member)) {
                        acl.computeIfAbsent(path, p -> new TreeMap<>()).computeIfAbsent(member, m -> new TreeMap<>())
                                .put(role, truthy(d[1]));
                    }
                }
            }
        }

        private boolean validMember(String member) {
            if (member.startsWith("@") && member.length() > 1 && !member.matches("@.*\\s.*")) {
                return truthy(member.substring(1)) && Ids.isName(member.substring(1));
            }
            if (Ids.isUserId(member)) {
                return true;
            }
            String user = Ids.tokenUser(member);
            return user != null && users.containsKey(user)
                    && users.get(user).tokens().containsKey(Ids.tokenName(member));
        }

        private void pool(String[] d) {
            if (!Ids.isName(d[1])) {
                return;
            }
            Pool old = pools.get(d[1]);
            TreeSet<String> vms = old == null ? new TreeSet<>() : new TreeSet<>(old.vms());
            TreeSet<String> storage = old == null ? new TreeSet<>() : new TreeSet<>(old.storage());
            for (String vmid : Ids.splitList(d[3])) {
                if (vmid.matches("\\d+") && vmid.length() < 19) {
                    String id = Long.toString(Long.parseLong(vmid));
                    if (vmPool.putIfAbsent(id, d[1]) == null) {
                        vms.add(id);
                    }
                }
            }
            Ids.splitList(d[4]).stream().filter(s -> STORAGE.matcher(s).matches()).forEach(storage::add);
            String comment = truthy(d[2]) ? decode(d[2]) : old == null ? "" : old.comment();
            pools.put(d[1], new Pool(d[1], comment, vms, storage));
        }

        private void token(String[] d) {
            String user = Ids.tokenUser(d[1]);
            if (user == null || !d[2].matches("\\d{0,18}") || !users.containsKey(user)) {
                return;
            }
            long expire = d[2].isEmpty() ? 0 : Long.parseLong(d[2]);
            User.Token token = new User.Token(Ids.tokenName(d[1]), expire, truthy(d[3]), text(d[4]));
            users.put(user, users.get(user).withToken(token));
        }

        private static String text(String field) {
            return truthy(field) ? decode(field) : "";
        }
    }
}
