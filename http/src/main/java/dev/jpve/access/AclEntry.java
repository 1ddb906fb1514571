package dev.jpve.access;

import java.util.Objects;

/**
 * One ACL entry: a role given to a user, a group or an API token on a path.
 *
 * @param path the normalised ACL path, such as {@code /vms/100}
 * @param member a user id ({@code alice@pve}), a group ({@code @admins}) or a token id
 *     ({@code alice@pve!ci})
 * @param role the role name
 * @param propagate whether the role also applies below the path
 */
public record AclEntry(String path, String member, String role, boolean propagate) {
    /** An entry; all parts are required. */
    public AclEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(role, "role");
    }

    /** Whether the member is a group (written with a leading {@code @}). */
    public boolean isGroup() {
        return member.startsWith("@");
    }

    /** Whether the member is an API token. */
    public boolean isToken() {
        return Ids.isTokenId(member);
    }
}
