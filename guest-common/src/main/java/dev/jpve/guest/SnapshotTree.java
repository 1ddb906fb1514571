package dev.jpve.guest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Upstream's {@code print_snapshot_tree} (spec guest.md 3.1): the snapshot list of
 * {@code qm/pct listsnapshot} as a tree sorted by age.
 */
public final class SnapshotTree {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private SnapshotTree() {}

    /**
     * One entry of the snapshot list (the API's {@code snapshot_list} result, the {@code current}
     * pseudo entry included).
     *
     * @param name the snapshot name
     * @param parent the parent snapshot, if any
     * @param snaptime the creation time in epoch seconds; empty for {@code current}
     * @param description the description, if any
     */
    public record Entry(String name, Optional<String> parent, OptionalLong snaptime, Optional<String> description) {
        /** Checks the arguments. */
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(snaptime, "snaptime");
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * The tree as upstream prints it: roots (entries without a parent in the list) and children
     * sorted by snaptime, entries without one last; one line per entry,
     * {@code <prefix> <name padded to 30-len(prefix)> <time padded to 23> <first description line>},
     * the prefix {@code `->} getting one more leading space per level.
     *
     * @param zone the time zone of the times (upstream: local time)
     */
    public static String render(List<Entry> list, ZoneId zone) {
        Map<String, Entry> byName = new HashMap<>();
        list.forEach(e -> byName.put(e.name(), e));
        Map<String, List<String>> children = new LinkedHashMap<>();
        List<String> roots = new ArrayList<>();
        for (Entry e : list) {
            Optional<String> parent = e.parent().filter(ConfigLines::truthy).filter(byName::containsKey);
            if (parent.isPresent()) {
                children.computeIfAbsent(parent.get(), k -> new ArrayList<>()).add(e.name());
            } else {
                roots.add(e.name());
            }
        }
        Comparator<String> bySnaptime = (a, b) -> {
            OptionalLong ta = byName.get(a).snaptime();
            OptionalLong tb = byName.get(b).snaptime();
            if (ta.isEmpty() || tb.isEmpty()) {
                return Boolean.compare(ta.isEmpty(), tb.isEmpty());
            }
            return Long.compare(ta.getAsLong(), tb.getAsLong());
        };
        StringBuilder out = new StringBuilder();
        roots.sort(bySnaptime);
        for (String root : roots) {
            print(out, "`->", root, byName, children, bySnaptime, zone);
        }
        return out.toString();
    }

    private static void print(StringBuilder out, String prefix, String name, Map<String, Entry> byName,
            Map<String, List<String>> children, Comparator<String> order, ZoneId zone) {
        Entry e = byName.get(name);
        String description = e.description().filter(ConfigLines::truthy).orElse("no-description");
        int eol = description.indexOf('\n');
        description = eol < 0 ? description : description.substring(0, eol);
        String time = e.snaptime().isPresent()
                ? TIME.format(Instant.ofEpochSecond(e.snaptime().getAsLong()).atZone(zone)) : "";
        int width = Math.max(30 - prefix.length(), 0);
        out.append(prefix).append(' ').append(pad(name, width)).append(' ').append(pad(time, 23)).append(' ')
                .append(description).append('\n');
        List<String> kids = children.get(name);
        if (kids != null) {
            List<String> sorted = new ArrayList<>(kids);
            sorted.sort(order);
            for (String child : sorted) {
                print(out, " " + prefix, child, byName, children, order, zone);
            }
        }
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
