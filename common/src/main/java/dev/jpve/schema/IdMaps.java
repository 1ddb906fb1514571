package dev.jpve.schema;

import java.util.HashSet;
import java.util.Set;

/** Upstream {@code parse_idmap} as used by the {@code storage-pair} and {@code bridge-pair} formats. */
final class IdMaps {
    private IdMaps() {}

    /** Verifies an ID map text; the message carries the extra newline upstream's verifier adds. */
    static String verifyPair(String value, Formats formats, String idFormat) {
        try {
            check(value, formats, idFormat);
            return value;
        } catch (FormatException e) {
            throw new FormatException(e.getMessage() + "\n");
        }
    }

    private static void check(String value, Formats formats, String idFormat) {
        if (value.isEmpty() || value.equals("0")) {
            return;
        }
        FormatCheck id = FormatCheck.named(idFormat, formats);
        Set<String> sources = new HashSet<>();
        boolean identity = false;
        boolean hasDefault = false;
        for (String entry : ListSplitter.split(value)) {
            int colon = entry.indexOf(':');
            if (entry.equals("1")) {
                identity = true;
            } else if (colon > 0 && colon < entry.length() - 1 && entry.indexOf(':', colon + 1) < 0) {
                String source = entry.substring(0, colon);
                ids(entry, id, source, entry.substring(colon + 1));
                if (!sources.add(source)) {
                    throw new FormatException("duplicate mapping for source '" + source + "'\n");
                }
            } else {
                ids(entry, id, entry);
                if (hasDefault) {
                    throw new FormatException("default target ID can only be provided once\n");
                }
                hasDefault = true;
            }
        }
        if (identity && (hasDefault || !sources.isEmpty())) {
            throw new FormatException("identity mapping cannot be combined with other mappings\n");
        }
    }

    private static void ids(String entry, FormatCheck id, String... ids) {
        for (String s : ids) {
            String failure = id.check(s, "");
            if (failure != null) {
                throw new FormatException("entry '" + entry + "' contains invalid ID - " + failure + "\n");
            }
        }
    }
}
