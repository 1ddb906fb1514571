package dev.jpve.conformance;

import dev.jpve.schema.PerlScalar;
import java.math.BigInteger;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The Perl value model for case arguments: JSON scalars seen as the strings Perl would make of
 * them ({@code spec/schema-rest-cli.md} section 0). {@code null} is undef.
 */
final class PerlScalars {
    private static final BigInteger MIN_IV = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX_UV = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private PerlScalars() {}

    /** The string form of a scalar; empty for undef (JSON null or a missing value). */
    static Optional<String> text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        if (node.isString()) {
            return Optional.of(node.stringValue());
        }
        if (node.isIntegralNumber()) {
            BigInteger value = node.bigIntegerValue();
            boolean fitsPerlInteger = value.compareTo(MIN_IV) >= 0 && value.compareTo(MAX_UV) <= 0;
            return Optional.of(fitsPerlInteger ? value.toString() : number(value.doubleValue()));
        }
        if (node.isNumber()) {
            return Optional.of(number(node.doubleValue()));
        }
        if (node.isBoolean()) {
            return Optional.of(node.booleanValue() ? "1" : "0");
        }
        throw new IllegalArgumentException("expected a scalar, got " + node);
    }

    /** The string form, with undef as {@code ""} (what Perl's string operations see). */
    static String textOrEmpty(JsonNode node) {
        return text(node).orElse("");
    }

    /** Perl truth: false for undef, {@code ""} and {@code "0"}. */
    static boolean truthy(JsonNode node) {
        return text(node).filter(s -> !s.isEmpty() && !s.equals("0")).isPresent();
    }

    /** How Perl prints a floating-point number: {@code %.15g}. */
    static String number(double value) {
        return PerlScalar.number(value);
    }
}
