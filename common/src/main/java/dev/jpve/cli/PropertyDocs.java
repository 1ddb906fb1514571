package dev.jpve.cli;

import dev.jpve.format.TextWrap;
import dev.jpve.schema.FormatSpec;
import dev.jpve.schema.Formats;
import dev.jpve.schema.NamedFormat;
import dev.jpve.schema.PerlScalar;
import dev.jpve.schema.Requires;
import dev.jpve.schema.Schema;
import dev.jpve.schema.TypeTexts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documentation of schema properties: one entry per property for help texts and man pages
 * (upstream {@code RESTHandler}'s {@code get_property_description} and {@code dump_properties}).
 *
 * <p>A text entry is the line {@code sprintf("  %-10s %s%s\n", NAME, TYPETEXT, DEFAULT)} wrapped
 * with {@link TextWrap} (continuation indent 13 spaces), then the description wrapped with a
 * 13-space indent and a blank line. An AsciiDoc entry is a labelled list item.
 */
public final class PropertyDocs {
    static final String INDENT = "             ";

    /** How a property is named in its entry. */
    public enum Style {
        /** A config file key: {@code name:} (AsciiDoc {@code `name`: }). */
        CONFIG("config"),
        /** A key of a property string (AsciiDoc only): {@code `name`=}, ending in {@code ;;}. */
        CONFIG_SUB("config-sub"),
        /** A command-line option: {@code --name}. */
        ARG("arg"),
        /** A positional argument: {@code <name>}. */
        FIXED("fixed");

        private final String upstreamName;

        Style(String upstreamName) {
            this.upstreamName = upstreamName;
        }

        /** Upstream's name of the style ({@code config}, {@code config-sub}, {@code arg}, {@code fixed}). */
        public String upstreamName() {
            return upstreamName;
        }
    }

    private PropertyDocs() {}

    /**
     * Upstream {@code dump_properties(props, format, style, filter)}: the entries of every
     * property, sorted by name. Aliases and properties the filter accepts are left out;
     * {@code NAME0}, {@code NAME1}, ... are documented once as {@code NAME[n]} (with the schema
     * of {@code NAME0}); each alternative of a legacy {@code oneOf} gets its own entry; in
     * {@link Style#CONFIG}, the keys of a property-string format follow their property in
     * {@link Style#CONFIG_SUB}.
     *
     * @param skip properties for which it returns true are left out
     * @throws IllegalArgumentException {@code unknown style 'config-sub'} when a text format
     *     meets a property-string format (upstream dies too)
     */
    public static String dump(Map<String, Schema> props, UsageFormat format, Style style,
            BiPredicate<String, Schema> skip, Formats formats) {
        Objects.requireNonNull(skip, "skip");
        StringBuilder out = new StringBuilder();
        IndexedNames indexed = new IndexedNames(props.keySet());
        new TreeMap<>(props).forEach((name, schema) -> {
            if (skip.test(name, schema) || schema.common().alias().isPresent()) {
                return;
            }
            Optional<String> base = indexed.displayName(name);
            if (base.isEmpty()) {
                return;
            }
            for (Schema alternative : alternatives(schema)) {
                out.append(describe(base.get(), style, alternative, format, Optional.empty(), formats));
            }
            if (style == Style.CONFIG) {
                subKeys(schema, formats).ifPresent(
                        sub -> out.append(dump(sub, format, Style.CONFIG_SUB, (k, s) -> false, formats)));
            }
        });
        return out.toString();
    }

    /** {@link #dump(Map, UsageFormat, Style, BiPredicate, Formats)} without a filter. */
    public static String dump(Map<String, Schema> props, UsageFormat format, Style style, Formats formats) {
        return dump(props, format, style, (k, s) -> false, formats);
    }

    private static List<Schema> alternatives(Schema schema) {
        if (schema.common().oneOf().isPresent() && !schema.common().isTypedOneOf()) {
            return schema.common().oneOf().get();
        }
        return List.of(schema);
    }

    private static Optional<Map<String, Schema>> subKeys(Schema schema, Formats formats) {
        return schema.scalarRules().format().flatMap(f -> switch (f) {
            case FormatSpec.Inline in -> Optional.of(in.properties());
            case FormatSpec.Named n -> formats.hash(n.name()).map(NamedFormat.Hash::properties);
        });
    }

    /**
     * Upstream {@code get_property_description}: the entry of one property.
     *
     * @param name the name shown (already {@code NAME[n]} where collapsed)
     * @param mapping a parameter mapping whose {@code desc} replaces the type text of a
     *     {@code string} property
     * @throws IllegalArgumentException {@code unknown style 'config-sub'} for a text format
     */
    public static String describe(String name, Style style, Schema schema, UsageFormat format,
            Optional<ParamMapping> mapping, Formats formats) {
        String description = description(schema, style);
        String typeText = TypeTexts.typeText(schema, style.upstreamName(), formats);
        if (mapping.isPresent() && schema.typeName().filter("string"::equals).isPresent()) {
            typeText = mapping.get().desc();
        }
        Optional<String> defaultText = schema.common().defaultValue()
                .filter(v -> !PerlScalar.isUndefined(v)).map(PerlScalar::text);
        Optional<String> requires = schema.common().requires()
                .flatMap(r -> r instanceof Requires.Property p ? Optional.of(p.name()) : Optional.empty());
        if (format == UsageFormat.ASCIIDOC) {
            return asciidoc(name, style, typeText, defaultText, description, requires);
        }
        StringBuilder out = new StringBuilder();
        String line = String.format("  %-10s %s%s\n", displayName(name, style), typeText,
                defaultText.map(v -> "   (default=" + v + ")").orElse(""));
        out.append(TextWrap.wrap("", INDENT, line));
        if (schema.common().alias().isPresent()) {
            return out.append('\n').toString();
        }
        out.append(TextWrap.wrap(INDENT, INDENT, description)).append("\n\n");
        requires.ifPresent(r -> out.append(TextWrap.wrap(INDENT, INDENT, "Requires option(s): " + r)).append("\n\n"));
        return out.toString();
    }

    private static String description(Schema schema, Style style) {
        var c = schema.common();
        String text = c.description().filter(PropertyDocs::truthy).orElseGet(
                () -> c.alias().map(a -> "alias for '" + a + "'").orElse("no description available"));
        if (style == Style.CONFIG || style == Style.CONFIG_SUB) {
            text = c.verboseDescription().filter(PropertyDocs::truthy).orElse(text);
        }
        return chomp(text);
    }

    private static String displayName(String name, Style style) {
        return switch (style) {
            case CONFIG -> name + ":";
            case ARG -> "--" + name;
            case FIXED -> "<" + name + ">";
            case CONFIG_SUB -> throw new IllegalArgumentException("unknown style 'config-sub'");
        };
    }

    private static String asciidoc(String name, Style style, String typeText, Optional<String> defaultText,
            String description, Optional<String> requires) {
        StringBuilder out = new StringBuilder(switch (style) {
            case CONFIG -> "`" + name + "`: ";
            case CONFIG_SUB -> "`" + name + "`=";
            case ARG -> "`--" + name + "` ";
            case FIXED -> "`<" + name + ">`: ";
        });
        if (truthy(typeText)) {
            out.append('`').append(typeText).append("` ");
        }
        defaultText.ifPresent(v -> out.append("('default =' `").append(v).append("`)"));
        out.append(style == Style.CONFIG_SUB ? ";;\n\n" : "::\n\n");
        out.append(markEmptyLines(chomp(description)).replace("{", "\\{").replace("}", "\\}")).append('\n');
        requires.ifPresent(r -> out.append("+\nNOTE: Requires option(s): `").append(r).append("`\n"));
        return out.append('\n').toString();
    }

    /**
     * Perl's {@code s/^$/+/mg}: every empty line becomes {@code +}; the empty rest after a final
     * newline is not a line (Perl's multi-line {@code ^} does not match at the very end).
     */
    private static String markEmptyLines(String text) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            boolean restAfterFinalNewline = i == lines.length - 1 && i > 0;
            out.add(lines[i].isEmpty() && !restAfterFinalNewline ? "+" : lines[i]);
        }
        return String.join("\n", out);
    }

    /** Perl's truth of a string: neither empty nor {@code "0"}. */
    static boolean truthy(String s) {
        return !s.isEmpty() && !s.equals("0");
    }

    /** Perl's {@code chomp}: one trailing newline removed. */
    static String chomp(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * Upstream's collapsing of indexed names: the first of {@code NAME0}, {@code NAME1}, ... (in
     * sorted order) is shown as {@code NAME[n]} when both {@code NAME0} and {@code NAME1} exist,
     * and every later {@code NAMEk} is then left out.
     */
    static final class IndexedNames {
        private static final Pattern INDEXED = Pattern.compile("([a-z]+)(\\d+)");
        private final Set<String> all;
        private final Set<String> collapsed = new HashSet<>();

        IndexedNames(Set<String> all) {
            this.all = all;
        }

        /** The name to show, or empty if the property is covered by an earlier {@code NAME[n]}; call in sorted order. */
        Optional<String> displayName(String key) {
            Matcher m = INDEXED.matcher(key);
            if (!m.matches()) {
                return Optional.of(key);
            }
            String base = m.group(1);
            if (collapsed.contains(base)) {
                return Optional.empty();
            }
            if (isZero(m.group(2)) && all.contains(base + "1")) {
                collapsed.add(base);
                return Optional.of(base + "[n]");
            }
            return Optional.of(key);
        }

        private static boolean isZero(String digits) {
            return digits.chars().allMatch(c -> c == '0');
        }
    }
}
