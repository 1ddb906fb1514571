package dev.jpve.guest;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The pending-delete list of a {@code [PENDING]} section ({@code delete: cpu,!memory}): option name
 * to force flag (a leading {@code !}: destroy a disk instead of keeping it as {@code unusedN}).
 *
 * {@snippet :
 * PendingDeletes.parse("  memory ; cpu, !mp0").toString();   // "cpu,memory,!mp0"
 * PendingDeletes.parse("!!memory").entries();                  // {!memory=true}
 * }
 *
 * @param entries option name to force, sorted bytewise
 */
public record PendingDeletes(SortedMap<String, Boolean> entries) {
    /** Copies the map. */
    public PendingDeletes {
        entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }

    /**
     * Upstream's {@code parse_pending_delete}: {@code ,} and {@code ;} are blanks, the text is split
     * on runs of whitespace, one leading {@code !} means force; a later duplicate wins.
     */
    public static PendingDeletes parse(String text) {
        TreeMap<String, Boolean> map = new TreeMap<>();
        if (text == null || text.isEmpty()) {
            return new PendingDeletes(map);
        }
        String spaced = text.replace(',', ' ').replace(';', ' ').replaceFirst("^\\s+", "");
        if (spaced.isEmpty()) {
            return new PendingDeletes(map);
        }
        for (String token : spaced.split("\\s+")) {
            boolean force = token.startsWith("!");
            map.put(force ? token.substring(1) : token, force);
        }
        return new PendingDeletes(map);
    }

    /** Whether the option is in the list. */
    public boolean contains(String key) {
        return entries.containsKey(key);
    }

    /** Whether the list is empty. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** A copy with the option's entry replaced. */
    public PendingDeletes with(String key, boolean force) {
        TreeMap<String, Boolean> copy = new TreeMap<>(entries);
        copy.put(key, force);
        return new PendingDeletes(copy);
    }

    /** A copy without the option. */
    public PendingDeletes without(String key) {
        TreeMap<String, Boolean> copy = new TreeMap<>(entries);
        copy.remove(key);
        return new PendingDeletes(copy);
    }

    /** Upstream's {@code print_pending_delete}: sorted, {@code !key} when forced, joined with {@code ,}. */
    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(",");
        for (Map.Entry<String, Boolean> e : entries.entrySet()) {
            out.add(e.getValue() ? "!" + e.getKey() : e.getKey());
        }
        return out.toString();
    }
}
