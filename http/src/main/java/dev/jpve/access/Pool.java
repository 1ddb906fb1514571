package dev.jpve.access;

import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A resource pool of user.cfg ({@code pool:name:comment:vmids:storages:}); roles on
 * {@code /pool/<name>} apply to its guests and storages.
 *
 * @param name the pool id
 * @param comment free text, empty when unset
 * @param vms guest ids, as decimal strings
 * @param storage storage ids
 */
public record Pool(String name, String comment, SortedSet<String> vms, SortedSet<String> storage) {
    /** A pool with its members copied into immutable sorted sets. */
    public Pool {
        Objects.requireNonNull(name, "name");
        comment = Objects.requireNonNullElse(comment, "");
        vms = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(vms));
        storage = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(storage));
    }
}
