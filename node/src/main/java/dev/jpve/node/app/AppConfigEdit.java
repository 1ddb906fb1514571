package dev.jpve.node.app;

import dev.jpve.guest.ConfigSection;
import dev.jpve.guest.GuestConfig;
import dev.jpve.guest.PendingChanges;
import dev.jpve.guest.PendingDeletes;
import dev.jpve.guest.UnusedVolumes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The pure part of a config update (spec guest.md section 1.3): changes recorded as pending,
 * then applied. A replaced or deleted volume becomes {@code unusedN}, as upstream's
 * {@code vmconfig_apply_pending} does. {@code description} lives in the sections' comment lines.
 */
final class AppConfigEdit {
    private static final int MAX_UNUSED = 256;

    private AppConfigEdit() {}

    /** Records the reverts, deletions and new values as pending changes (then {@code cleanup_pending}). */
    static GuestConfig record(GuestConfig conf, Map<String, String> set, List<String> delete, List<String> revert) {
        for (String key : revert) {
            conf = conf.withPending(key.equals("description") ? conf.pending().withDescription(null)
                    : conf.pending().without(key));
            conf = PendingChanges.removeFromPendingDelete(conf, key);
        }
        for (String key : delete) {
            conf = PendingChanges.addToPendingDelete(conf, key, false);
        }
        for (Map.Entry<String, String> e : set.entrySet()) {
            conf = conf.withPending(e.getKey().equals("description") ? conf.pending().withDescription(e.getValue())
                    : conf.pending().with(e.getKey(), e.getValue()));
            conf = PendingChanges.removeFromPendingDelete(conf, e.getKey());
        }
        return PendingChanges.cleanupPending(conf);
    }

    /** Applies the pending changes of the keys {@code which} accepts; the others stay pending. */
    static GuestConfig apply(GuestConfig conf, Predicate<String> which) {
        ConfigSection main = conf.main();
        ConfigSection pending = conf.pending();
        PendingDeletes deletes = PendingChanges.deletes(conf);
        for (String key : deletes.entries().keySet()) {
            if (which.test(key)) {
                main = remove(main, key);
                deletes = deletes.without(key);
            }
        }
        for (Map.Entry<String, String> e : conf.pending().properties().entrySet()) {
            if (!e.getKey().equals("delete") && which.test(e.getKey())) {
                main = remove(main, e.getKey()).with(e.getKey(), e.getValue());
                pending = pending.without(e.getKey());
            }
        }
        if (pending.description().isPresent() && which.test("description")) {
            main = main.withDescription(pending.description().get());
            pending = pending.withDescription(null);
        }
        pending = deletes.isEmpty() ? pending.without("delete") : pending.with("delete", deletes.toString());
        return PendingChanges.cleanupPending(conf.withMain(main).withPending(pending));
    }

    /** The main section without the key; a volume that goes is recorded as {@code unusedN}. */
    private static ConfigSection remove(ConfigSection main, String key) {
        if (key.equals("description")) {
            return main.withDescription(null);
        }
        Optional<String> old = main.get(key);
        if (old.isPresent() && AppProperties.isVolumeKey(key)) {
            String volid = AppVolumes.volid(old.get());
            main = UnusedVolumes.add(main, volid, MAX_UNUSED).map(UnusedVolumes.Added::section).orElse(main);
        }
        return main.without(key);
    }

    /**
     * Upstream's pending list: every key set now or pending, with {@code value} (current),
     * {@code pending} (new) and {@code delete} (1, or 2 when forced).
     */
    static List<PendingEntry> pendingList(GuestConfig conf) {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>(conf.main().properties().keySet());
        keys.addAll(conf.pending().properties().keySet());
        keys.remove("delete");
        keys.removeAll(List.of("lock", "parent", "snaptime", "vmstate", "digest"));
        PendingDeletes deletes = PendingChanges.deletes(conf);
        keys.addAll(deletes.entries().keySet());
        if (conf.main().description().isPresent() || conf.pending().description().isPresent()) {
            keys.add("description");
        }
        List<PendingEntry> out = new ArrayList<>();
        for (String key : keys) {
            Optional<String> value = key.equals("description") ? conf.main().description() : conf.main().get(key);
            Optional<String> pend = key.equals("description") ? conf.pending().description() : conf.pending().get(key);
            Optional<Integer> del = Optional.ofNullable(deletes.entries().get(key)).map(force -> force ? 2 : 1);
            out.add(new PendingEntry(key, value, pend, del));
        }
        return out;
    }

    /**
     * One row of the pending list.
     *
     * @param key the option
     * @param value its current value
     * @param pending its pending value
     * @param delete 1 when its deletion is pending, 2 when forced
     */
    record PendingEntry(String key, Optional<String> value, Optional<String> pending, Optional<Integer> delete) {}
}
