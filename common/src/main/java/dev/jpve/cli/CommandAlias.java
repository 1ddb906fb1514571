package dev.jpve.cli;

import java.util.List;
import java.util.Objects;

/**
 * Another name for a command: its words replace the alias on the command line.
 *
 * @param target the command words, separated by spaces ({@code "vm show"})
 */
public record CommandAlias(String target) implements CommandDef {

    /** Checks the target. */
    public CommandAlias {
        Objects.requireNonNull(target, "target");
        if (target.isBlank()) {
            throw new IllegalArgumentException("alias: empty target");
        }
    }

    /** The target's words. */
    public List<String> words() {
        return List.of(target.split(" +"));
    }
}
