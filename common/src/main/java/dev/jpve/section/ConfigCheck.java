package dev.jpve.section;

import tools.jackson.databind.node.ObjectNode;

/**
 * A plugin's extra check of a whole section, run after the standard {@code check_config}.
 *
 * <p>It receives the checked and decoded settings and returns the settings to keep (possibly the
 * same object); it refuses a section by throwing {@link SectionConfigException}.
 *
 * {@snippet :
 * ConfigCheck check = (id, settings, create) -> {
 *     if (settings.has("a") && settings.has("b")) {
 *         throw new SectionConfigException("'a' and 'b' are mutually exclusive\n");
 *     }
 *     return settings;
 * };
 * }
 */
@FunctionalInterface
public interface ConfigCheck {
    /** Checks (and may adjust) the settings of section {@code sectionId}. */
    ObjectNode check(String sectionId, ObjectNode settings, boolean create);
}
