package dev.jpve.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Commands under one word: {@code pvesm}'s top level, or {@code vm} in {@code tool vm show}.
 *
 * @param commands word to entry
 */
public record CommandGroup(Map<String, CommandDef> commands) implements CommandDef {

    /** Checks and copies the map. */
    public CommandGroup {
        commands = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(commands, "commands")));
    }

    /** A builder of an empty group. */
    public static Builder builder() {
        return new Builder();
    }

    /** The words of the commands and groups, not the aliases, sorted. */
    public List<String> commandNames() {
        return commands.entrySet().stream().filter(e -> !(e.getValue() instanceof CommandAlias))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** Builder of {@link CommandGroup}. */
    public static final class Builder {
        private final Map<String, CommandDef> commands = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds an entry.
         *
         * @throws IllegalArgumentException if the word is taken or contains whitespace
         */
        public Builder add(String word, CommandDef def) {
            Objects.requireNonNull(def, "def");
            if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("command word '" + word + "' is empty or contains whitespace");
            }
            if (commands.putIfAbsent(word, def) != null) {
                throw new IllegalArgumentException("command '" + word + "' already defined");
            }
            return this;
        }

        /** Adds an alias for other command words. */
        public Builder alias(String word, String target) {
            return add(word, new CommandAlias(target));
        }

        /** Builds the group. */
        public CommandGroup build() {
            return new CommandGroup(commands);
        }
    }
}
