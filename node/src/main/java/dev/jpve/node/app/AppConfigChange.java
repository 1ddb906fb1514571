package dev.jpve.node.app;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One config update: new values, options to delete and pending changes to revert.
 *
 * @param set key to new value ({@code description} included)
 * @param delete the options to delete
 * @param revert the options whose pending change is dropped
 * @param digest the digest the caller read; empty: no check
 */
public record AppConfigChange(Map<String, String> set, List<String> delete, List<String> revert,
        Optional<String> digest) {
    /** Copies the collections. */
    public AppConfigChange {
        set = Map.copyOf(set);
        delete = List.copyOf(delete);
        revert = List.copyOf(revert);
        Objects.requireNonNull(digest, "digest");
    }
}
