package dev.jpve.cli;

import java.util.Objects;

/**
 * How {@link TextTable} orders its rows (upstream's {@code sort_key} option).
 *
 * <p>Undefined values sort first; the comparison is numeric when the column's schema type is
 * {@code integer} or {@code number}, by string otherwise. The sort is stable.
 */
public sealed interface SortKey {
    /** By the first printed column (upstream: {@code sort_key} not given). */
    record FirstColumn() implements SortKey {}

    /** Keep the input order (upstream: {@code sort_key} {@code 0}). */
    record Unsorted() implements SortKey {}

    /**
     * By the named property, printed or not.
     *
     * @param name the property
     */
    record Column(String name) implements SortKey {
        /** Checks the name. */
        public Column {
            Objects.requireNonNull(name, "name");
        }
    }

    /** By the first printed column. */
    static SortKey firstColumn() {
        return new FirstColumn();
    }

    /** Keep the input order. */
    static SortKey unsorted() {
        return new Unsorted();
    }

    /** By the named property. */
    static SortKey column(String name) {
        return new Column(name);
    }
}
