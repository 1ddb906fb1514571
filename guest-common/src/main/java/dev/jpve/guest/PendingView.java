package dev.jpve.guest;

import dev.jpve.tools.TextEncoding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The pending view of a config (upstream {@code config_with_pending_array} and
 * {@code format_pending}, spec guest.md 3.1): what the {@code pending} API call returns and
 * {@code qm/pct pending} prints.
 */
public final class PendingView {
    private PendingView() {}

    /**
     * One option of the pending view.
     *
     * @param key the option
     * @param value the value in effect, if any
     * @param pending the pending new value, if any
     * @param delete 2 for a forced pending deletion, 1 for a graceful one, empty for none
     */
    public record Item(String key, Optional<String> value, Optional<String> pending, OptionalInt delete) {
        /** Checks the arguments. */
        public Item {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(pending, "pending");
            Objects.requireNonNull(delete, "delete");
        }
    }

    /**
     * Upstream's {@code config_with_pending_array}: one item per option of the main section (the
     * description and, when read from a file, {@code digest} included; raw {@code lxc.*} lines and
     * special sections left out) with its pending value and deletion, then one per option only
     * pending, then one per remaining deletion. Upstream's order is hash order; here each group
     * is sorted bytewise.
     *
     * <p>QUIRK kept from upstream: a deletion of an option that is not in the main section always
     * reports {@code delete: 2}, forced or not.
     */
    public static List<Item> configWithPendingArray(GuestConfig conf, PendingDeletes deletes) {
        TreeMap<String, String> main = scalars(conf.main());
        if (!conf.digest().isEmpty()) {
            main.put("digest", conf.digest());
        }
        TreeMap<String, String> pending = scalars(conf.pending());
        pending.remove("delete");
        TreeMap<String, Boolean> remaining = new TreeMap<>(deletes.entries());
        List<Item> out = new ArrayList<>();
        main.forEach((key, value) -> {
            Optional<String> newValue = Optional.ofNullable(pending.remove(key));
            Boolean force = remaining.remove(key);
            out.add(new Item(key, Optional.of(value), newValue,
                    force == null ? OptionalInt.empty() : OptionalInt.of(force ? 2 : 1)));
        });
        pending.forEach((key, value) -> out.add(new Item(key, Optional.empty(), Optional.of(value),
                OptionalInt.empty())));
        remaining.keySet().forEach(key -> out.add(new Item(key, Optional.empty(), Optional.empty(),
                OptionalInt.of(2))));
        return out;
    }

    private static TreeMap<String, String> scalars(ConfigSection section) {
        TreeMap<String, String> out = new TreeMap<>(section.properties());
        section.description().ifPresent(d -> out.put("description", d));
        return out;
    }

    /**
     * Upstream's {@code format_pending}: the items sorted by key, {@code digest} left out, a
     * description encoded ({@code encode_text}); {@code del k: v} for a deletion of a set
     * option, {@code cur k: v} and then {@code new k: p} for a change, {@code cur k: v} for an
     * unchanged option, {@code new k: p} for a new one; one line each.
     */
    public static String formatPending(List<Item> items) {
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(Item::key));
        StringBuilder out = new StringBuilder();
        for (Item item : sorted) {
            String k = item.key();
            if (k.equals("digest")) {
                continue;
            }
            Optional<String> v = item.value();
            Optional<String> p = item.pending();
            if (k.equals("description")) {
                v = v.map(TextEncoding::encode);
                p = p.map(TextEncoding::encode);
            }
            if (v.isPresent()) {
                if (item.delete().isPresent() && item.delete().getAsInt() != 0) {
                    out.append("del ").append(k).append(": ").append(v.get()).append('\n');
                } else {
                    out.append("cur ").append(k).append(": ").append(v.get()).append('\n');
                    p.ifPresent(n -> out.append("new ").append(k).append(": ").append(n).append('\n'));
                }
            } else {
                p.ifPresent(n -> out.append("new ").append(k).append(": ").append(n).append('\n'));
            }
        }
        return out.toString();
    }

    /** The items as the API returns them: {@code key} and, when set, {@code value}, {@code pending}, {@code delete}. */
    public static List<Map<String, Object>> asApiResult(List<Item> items) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Item item : items) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("key", item.key());
            item.value().ifPresent(v -> m.put("value", v));
            item.pending().ifPresent(v -> m.put("pending", v));
            item.delete().ifPresent(v -> m.put("delete", v));
            out.add(m);
        }
        return out;
    }
}
