package dev.jpve.guest;

import java.util.Map;
import java.util.Objects;

/**
 * Upstream's pending-change helpers ({@code add_to_pending_delete}, {@code remove_from_pending_delete},
 * {@code cleanup_pending}) over the immutable model: each returns the new config.
 */
public final class PendingChanges {
    private PendingChanges() {}

    /** The pending-delete list of the config. */
    public static PendingDeletes deletes(GuestConfig conf) {
        return PendingDeletes.parse(conf.pending().properties().get("delete"));
    }

    /** Adds (or replaces) the option in the pending-delete list, written back in canonical form. */
    public static GuestConfig addToPendingDelete(GuestConfig conf, String key, boolean force) {
        return withDeletes(conf, conf.pending(), deletes(conf).with(key, force));
    }

    /** Removes the option from the list; the {@code delete} key goes when the list is empty. Unchanged if absent. */
    public static GuestConfig removeFromPendingDelete(GuestConfig conf, String key) {
        PendingDeletes deletes = deletes(conf);
        return deletes.contains(key) ? withDeletes(conf, conf.pending(), deletes.without(key)) : conf;
    }

    /**
     * Upstream's {@code cleanup_pending}: drops pending values equal to the current ones and
     * deletions of options that are not set; {@link #changed} tells whether anything was dropped.
     */
    public static GuestConfig cleanupPending(GuestConfig conf) {
        ConfigSection main = conf.main();
        ConfigSection pending = conf.pending();
        for (Map.Entry<String, String> e : conf.pending().properties().entrySet()) {
            if (!e.getKey().equals("delete") && e.getValue().equals(main.properties().get(e.getKey()))) {
                pending = pending.without(e.getKey());
            }
        }
        if (pending.description().isPresent() && pending.description().equals(main.description())) {
            pending = pending.withDescription(null);
        }
        PendingDeletes kept = deletes(conf);
        for (String key : deletes(conf).entries().keySet()) {
            boolean set = key.equals("description") ? main.description().isPresent() : main.get(key).isPresent();
            if (!set) {
                kept = kept.without(key);
            }
        }
        return withDeletes(conf, pending, kept);
    }

    /** Whether {@link #cleanupPending} dropped anything (upstream's return value). */
    public static boolean changed(GuestConfig before, GuestConfig after) {
        ConfigSection a = before.pending().without("delete");
        ConfigSection b = after.pending().without("delete");
        return !a.equals(b) || !deletes(before).entries().keySet().equals(deletes(after).entries().keySet());
    }

    private static GuestConfig withDeletes(GuestConfig conf, ConfigSection pending, PendingDeletes deletes) {
        Objects.requireNonNull(deletes, "deletes");
        ConfigSection updated = deletes.isEmpty() ? pending.without("delete")
                : pending.with("delete", deletes.toString());
        return conf.withPending(updated);
    }
}
