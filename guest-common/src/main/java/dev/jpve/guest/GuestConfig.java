package dev.jpve.guest;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A parsed guest config file: the main section, the pending section (always present, possibly
 * empty), the snapshots and (VMs only) the special sections, and the digest of the bytes read.
 *
 * @param main the main section: the current config
 * @param pending the pending changes, with the {@code delete} list as text
 * @param snapshots snapshot name to section, sorted bytewise
 * @param specialSections special section name ({@code cloudinit}, {@code fleecing}) to section
 * @param digest lower-case hex SHA-1 of the raw file; empty for a config not read from a file
 */
public record GuestConfig(ConfigSection main, ConfigSection pending, SortedMap<String, ConfigSection> snapshots,
        SortedMap<String, ConfigSection> specialSections, String digest) {
    /** Copies the maps. */
    public GuestConfig {
        Objects.requireNonNull(main, "main");
        Objects.requireNonNull(pending, "pending");
        snapshots = Collections.unmodifiableSortedMap(new TreeMap<>(snapshots));
        specialSections = Collections.unmodifiableSortedMap(new TreeMap<>(specialSections));
        Objects.requireNonNull(digest, "digest");
    }

    /** A config with only a main section. */
    public static GuestConfig of(ConfigSection main) {
        return new GuestConfig(main, ConfigSection.empty(), new TreeMap<>(), new TreeMap<>(), "");
    }

    /** A copy with another main section. */
    public GuestConfig withMain(ConfigSection section) {
        return new GuestConfig(section, pending, snapshots, specialSections, digest);
    }

    /** A copy with another pending section. */
    public GuestConfig withPending(ConfigSection section) {
        return new GuestConfig(main, section, snapshots, specialSections, digest);
    }

    /** A copy with the snapshot added or replaced. */
    public GuestConfig withSnapshot(String name, ConfigSection section) {
        TreeMap<String, ConfigSection> copy = new TreeMap<>(snapshots);
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(section, "section"));
        return new GuestConfig(main, pending, copy, specialSections, digest);
    }

    /** A copy without the snapshot. */
    public GuestConfig withoutSnapshot(String name) {
        TreeMap<String, ConfigSection> copy = new TreeMap<>(snapshots);
        copy.remove(name);
        return new GuestConfig(main, pending, copy, specialSections, digest);
    }

    /** A copy with these special sections. */
    public GuestConfig withSpecialSections(Map<String, ConfigSection> sections) {
        return new GuestConfig(main, pending, snapshots, new TreeMap<>(sections), digest);
    }
}
