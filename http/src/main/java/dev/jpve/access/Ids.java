package dev.jpve.access;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Upstream's identifier formats: user ids ({@code pve-userid}), token ids ({@code pve-tokenid}),
 * group and role names, ACL path normalisation and {@code split_list}.
 */
public final class Ids {
    private static final String USER = "[^\\s:/]+";
    private static final String REALM = "[A-Za-z][A-Za-z0-9.\\-_]+";
    private static final Pattern USERID = Pattern.compile("(" + USER + ")@(" + REALM + ")");
    private static final Pattern TOKENID = Pattern.compile("(" + USER + "@" + REALM + ")!(" + REALM + ")");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9.\\-_]+");
    private static final Pattern PATH_CHARS = Pattern.compile("[\\p{Alnum}.\\-_/]+");

    private static final String SEG = "[\\p{Alnum}.\\-_]+";
    private static final Pattern ACL_PATH = Pattern.compile("/|/access|/access/groups|/access/groups/" + SEG
            + "|/access/realm|/access/realm/" + SEG + "|/nodes|/nodes/" + SEG + "|/pool|/pool/" + SEG
            + "|/sdn|/sdn/zones|/sdn/zones/" + SEG + "|/sdn/zones/" + SEG + "/" + SEG
            + "|/sdn/zones/" + SEG + "/" + SEG + "/[1-9][0-9]{0,3}|/storage|/storage/" + SEG
            + "|/vms|/vms/[1-9][0-9]{2,}|/mapping|/mapping/" + SEG + "|/mapping/" + SEG + "/" + SEG);

    private Ids() {
    }

    /** Whether {@code id} is a valid user id ({@code name@realm}, 3 to 64 characters). */
    public static boolean isUserId(String id) {
        return id != null && id.length() >= 3 && id.length() <= 64 && USERID.matcher(id).matches();
    }

    /** Whether {@code id} is a valid token id ({@code name@realm!token}). */
    public static boolean isTokenId(String id) {
        return id != null && TOKENID.matcher(id).matches();
    }

    /** The user part of a token id, or null when {@code id} is no token id. */
    public static String tokenUser(String id) {
        var m = TOKENID.matcher(id);
        return m.matches() ? m.group(1) : null;
    }

    /** The token name of a token id, or null when {@code id} is no token id. */
    public static String tokenName(String id) {
        var m = TOKENID.matcher(id);
        return m.matches() ? m.group(2) : null;
    }

    /** Whether {@code name} is a valid group, role or pool name. */
    public static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /**
     * Upstream's {@code normalize_path}: doubled slashes squeezed, a trailing slash dropped, a
     * leading slash added; null for an empty path or one with characters other than letters,
     * digits, {@code .-_/}.
     */
    public static String normalizePath(String path) {
        if (path == null || path.isEmpty() || path.equals("0")) {
            return null;
        }
        String p = path.replaceAll("/+", "/");
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty() || p.equals("0")) {
            p = "/";
        }
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        return PATH_CHARS.matcher(p).matches() ? p : null;
    }

    /** Upstream's {@code check_path}: whether a normalised path is one ACLs may be set on. */
    public static boolean isAclPath(String path) {
        return path != null && ACL_PATH.matcher(path).matches();
    }

    /** Upstream's {@code split_list}: items separated by commas, semicolons or white space. */
    public static List<String> splitList(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        if (text.indexOf('\0') >= 0) {
            return List.of(text.split("\0"));
        }
        for (String s : text.replaceAll("[,;]", " ").strip().split("\\s+")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
