package dev.jpve.section;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * A parsed section header line (upstream {@code parse_section_header}'s four return values).
 *
 * {@snippet :
 * new SectionHeader("dir", "local", Optional.empty(), JsonNodeFactory.instance.objectNode());
 * }
 *
 * @param type the section type; empty (or {@code "0"}) means missing, reported as an internal error
 * @param sectionId the section ID
 * @param error set to skip the whole section with this message
 * @param extra attributes taken from the header, the section starts with them
 */
public record SectionHeader(String type, String sectionId, Optional<String> error, ObjectNode extra) {
    /** Checks the arguments. */
    public SectionHeader {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(extra, "extra");
    }
}
