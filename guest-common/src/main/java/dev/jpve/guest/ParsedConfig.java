package dev.jpve.guest;

import java.util.List;
import java.util.Objects;

/**
 * The result of a parse: the config and the warnings upstream would have printed (non-strict
 * mode), each without its trailing newline.
 *
 * @param config the parsed config
 * @param warnings the warning texts in the order they occurred
 */
public record ParsedConfig(GuestConfig config, List<String> warnings) {
    /** Copies the warnings. */
    public ParsedConfig {
        Objects.requireNonNull(config, "config");
        warnings = List.copyOf(warnings);
    }
}
