/** Value renderers of {@code PVE::Format}: durations, byte sizes, timestamps, percentages. */
package dev.jpve.format;
