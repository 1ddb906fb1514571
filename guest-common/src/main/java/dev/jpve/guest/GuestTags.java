package dev.jpve.guest;

import dev.jpve.tools.TextLists;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Upstream's {@code get_unique_tags} (spec guest.md 2.7): the canonical tag list of a guest. */
public final class GuestTags {
    private GuestTags() {}

    /**
     * The tags of a {@code tags} value ({@code split_list}: {@code ;}, {@code ,} and blanks separate)
     * deduplicated, lower-cased unless {@code caseSensitive}, sorted (case-insensitively unless
     * {@code caseSensitive}) unless {@code configOrdering} keeps the given order.
     *
     * @param caseSensitive datacenter.cfg {@code tag-style} {@code case-sensitive}
     * @param configOrdering datacenter.cfg {@code tag-style} {@code ordering=config}
     */
    public static List<String> uniqueTags(String tags, boolean caseSensitive, boolean configOrdering) {
        return uniqueTags(TextLists.split(tags == null ? "" : tags), caseSensitive, configOrdering);
    }

    /** {@link #uniqueTags(String, boolean, boolean)} of an already split list. */
    public static List<String> uniqueTags(List<String> tags, boolean caseSensitive, boolean configOrdering) {
        List<String> ordered = new ArrayList<>(tags);
        if (!configOrdering) {
            ordered.sort(caseSensitive ? Comparator.naturalOrder()
                    : Comparator.comparing((String t) -> t.toLowerCase(Locale.ROOT)));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String tag : ordered) {
            out.add(caseSensitive ? tag : tag.toLowerCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }

    /** The canonical {@code tags} value: {@link #uniqueTags(String, boolean, boolean)} joined with {@code ;}. */
    public static String joined(String tags, boolean caseSensitive, boolean configOrdering) {
        return String.join(";", uniqueTags(tags, caseSensitive, configOrdering));
    }
}
