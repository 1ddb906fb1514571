/**
 * Value renderers of {@code PVE::Format}: durations, byte sizes, timestamps, percentages; and
 * {@link dev.jpve.format.TextWrap}, Perl's {@code Text::Wrap} for help texts.
 */
package dev.jpve.format;
