package dev.jpve.guest;

import java.util.Optional;

/**
 * The type of one config key as upstream's {@code check_type} sees it: only the JSON type and,
 * for strings, the format name matter there (enums, ranges and lengths are not checked when a
 * file is read or written).
 */
public sealed interface PropertyType {
    /** The JSON type name used in messages ({@code type check ('boolean') failed}). */
    String typeName();

    /** A boolean, normalized to {@code 1} / {@code 0}. */
    record Bool() implements PropertyType {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    /** A non-negative integer, normalized to its decimal value ({@code 007} becomes {@code 7}). */
    record Int() implements PropertyType {
        @Override
        public String typeName() {
            return "integer";
        }
    }

    /** A non-negative decimal number, kept as written. */
    record Num() implements PropertyType {
        @Override
        public String typeName() {
            return "number";
        }
    }

    /**
     * A string, with the format upstream's schema gives it, if any. Formats registered in
     * {@link dev.jpve.schema.Formats} are checked; others (such as qemu-server's drive formats)
     * are accepted as they are.
     *
     * @param format the format name, possibly with a {@code -list} suffix
     */
    record Str(Optional<String> format) implements PropertyType {
        /** Checks the argument. */
        public Str {
            java.util.Objects.requireNonNull(format, "format");
        }

        @Override
        public String typeName() {
            return "string";
        }
    }
}
