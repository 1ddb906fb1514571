package dev.jpve.guest;

import java.util.Objects;

/**
 * One raw {@code lxc.*} line of a container config, kept in file order.
 *
 * @param key the LXC key, such as {@code lxc.apparmor.profile}
 * @param value the value as written (trimmed)
 */
public record LxcEntry(String key, String value) {
    /** Checks the arguments. */
    public LxcEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
