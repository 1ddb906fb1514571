package dev.jpve.section;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * A parsed section config file (upstream {@code parse_config}'s {@code {ids, order, digest, errors}}),
 * plus the warnings upstream prints with {@code warn}.
 *
 * <p>{@code ids} maps each section ID to its settings (always with {@code type}) in file order.
 * QUIRK kept from upstream: a section that failed its final check (for example a missing
 * required option) is still listed, with a {@code null} value; {@link #section(String)} gives
 * an empty {@code Optional} for it. The section objects are the parser's own (mutable) trees.
 *
 * {@snippet :
 * SectionConfigData data = config.parse("storage.cfg", text, false);
 * data.section("local").ifPresent(s -> s.get("path").stringValue());
 * data.warnings().forEach(System.err::print);   // each ends with "\n"
 * }
 *
 * @param ids section ID to settings (null for a section that failed its check), in file order
 * @param order section ID to its position, 1, 2, 3, ... (a repeated ID takes a new number)
 * @param digest SHA-1 hex of the raw text (UTF-8)
 * @param errors values that could not be parsed, in file order (upstream {@code errors}; absent there when empty)
 * @param warnings what upstream would {@code warn}, each text ending with {@code \n}
 */
public record SectionConfigData(Map<String, ObjectNode> ids, Map<String, Integer> order, String digest,
        List<ParseError> errors, List<String> warnings) {

    /** Checks and copies the arguments (null section values are kept). */
    public SectionConfigData {
        ids = Collections.unmodifiableMap(new LinkedHashMap<>(ids));
        order = Collections.unmodifiableMap(new LinkedHashMap<>(order));
        Objects.requireNonNull(digest, "digest");
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Data to write: sections and their order, no digest, errors or warnings. */
    public static SectionConfigData of(Map<String, ObjectNode> ids, Map<String, Integer> order) {
        return new SectionConfigData(ids, order, "", List.of(), List.of());
    }

    /**
     * Fails if a client's digest differs from this data's (upstream {@code assert_if_modified});
     * an empty or {@code "0"} digest on either side means "not given" and passes.
     *
     * @throws SectionConfigException {@code detected modified configuration - file changed by other user? Try again.\n}
     */
    public void assertNotModified(String clientDigest) {
        if (given(digest) && given(clientDigest) && !digest.equals(clientDigest)) {
            throw new SectionConfigException("detected modified configuration - file changed by other user? Try again.\n");
        }
    }

    private static boolean given(String digest) {
        return digest != null && !digest.isEmpty() && !digest.equals("0");
    }

    /** The settings of a section; empty if there is none or it failed its check. */
    public Optional<ObjectNode> section(String id) {
        return Optional.ofNullable(ids.get(id));
    }
}
