package dev.jpve.guest;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One section of a guest config (main, pending, a snapshot or a special section): values are kept
 * as the strings written in the file, so round trips are exact.
 *
 * @param description the description from {@code #} lines; empty when none was given (a present
 *     but empty text is meaningful in a VM's {@code [PENDING]})
 * @param properties the {@code key: value} lines, sorted bytewise (structural keys such as
 *     {@code delete}, {@code snapstate}, {@code parent}, {@code snaptime} included)
 * @param lxc containers only: the raw {@code lxc.*} lines in file order
 * @param env containers only: the {@code lxc.environment.runtime} values in file order
 */
public record ConfigSection(Optional<String> description, SortedMap<String, String> properties,
        List<LxcEntry> lxc, List<String> env) {
    private static final ConfigSection EMPTY = new ConfigSection(Optional.empty(), new TreeMap<>(), List.of(),
            List.of());

    /** Copies the collections. */
    public ConfigSection {
        Objects.requireNonNull(description, "description");
        properties = Collections.unmodifiableSortedMap(new TreeMap<>(properties));
        lxc = List.copyOf(lxc);
        env = List.copyOf(env);
    }

    /** A section with nothing in it. */
    public static ConfigSection empty() {
        return EMPTY;
    }

    /** A section holding only these properties. */
    public static ConfigSection of(Map<String, String> properties) {
        return new ConfigSection(Optional.empty(), new TreeMap<>(properties), List.of(), List.of());
    }

    /** The value of one property. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    /** A copy with the property set. */
    public ConfigSection with(String key, String value) {
        TreeMap<String, String> copy = new TreeMap<>(properties);
        copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new ConfigSection(description, copy, lxc, env);
    }

    /** A copy without the property. */
    public ConfigSection without(String key) {
        TreeMap<String, String> copy = new TreeMap<>(properties);
        copy.remove(key);
        return new ConfigSection(description, copy, lxc, env);
    }

    /** A copy with this description ({@code null} removes it). */
    public ConfigSection withDescription(String text) {
        return new ConfigSection(Optional.ofNullable(text), properties, lxc, env);
    }

    /** Whether upstream's hash for this section would have any key (what decides writing {@code [PENDING]}). */
    public boolean hasAnyKey() {
        return description.isPresent() || !properties.isEmpty() || !lxc.isEmpty() || !env.isEmpty();
    }
}
