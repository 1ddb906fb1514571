package dev.jpve.access;

import java.util.Collection;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A group of user.cfg ({@code group:name:members:comment:}).
 *
 * @param name the group id
 * @param members user ids of the members
 * @param comment free text, empty when unset
 */
public record Group(String name, SortedSet<String> members, String comment) {
    /** A group with its members copied into an immutable sorted set. */
    public Group {
        Objects.requireNonNull(name, "name");
        members = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(members));
        comment = Objects.requireNonNullElse(comment, "");
    }

    /** A group with these members and no comment. */
    public static Group of(String name, Collection<String> members) {
        return new Group(name, new TreeSet<>(members), "");
    }
}
