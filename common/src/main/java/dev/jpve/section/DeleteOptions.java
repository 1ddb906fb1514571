package dev.jpve.section;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Removing settings from a section (upstream {@code delete_from_config}).
 *
 * {@snippet :
 * DeleteOptions.apply(section, config.options("dir"), newValues, List.of("comment"));
 * }
 */
public final class DeleteOptions {
    private DeleteOptions() {}

    /**
     * Removes each key from {@code section} in place, in order; a key that may not be removed
     * stops the run (keys before it are already removed, as upstream).
     *
     * @param options the plugin's options (which keys exist, are optional or fixed)
     * @param newValues the values set in the same call; none of them may be removed
     * @throws SectionConfigException {@code no such option 'K'\n}, {@code unable to delete required option 'K'\n},
     *     {@code unable to delete fixed option 'K'\n}, {@code cannot set and delete property 'K' at the same time!\n}
     */
    public static ObjectNode apply(ObjectNode section, Map<String, PluginOption> options, ObjectNode newValues,
            List<String> keys) {
        for (String k : keys) {
            PluginOption opt = options.get(k);
            if (opt == null) {
                throw new SectionConfigException("no such option '" + k + "'\n");
            }
            if (!opt.optional()) {
                throw new SectionConfigException("unable to delete required option '" + k + "'\n");
            }
            if (opt.fixed()) {
                throw new SectionConfigException("unable to delete fixed option '" + k + "'\n");
            }
            if (newValues.hasNonNull(k)) {
                throw new SectionConfigException("cannot set and delete property '" + k + "' at the same time!\n");
            }
            section.remove(k);
        }
        return section;
    }
}
