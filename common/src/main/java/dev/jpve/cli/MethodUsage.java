package dev.jpve.cli;

import dev.jpve.cli.PropertyDocs.IndexedNames;
import dev.jpve.cli.PropertyDocs.Style;
import dev.jpve.cli.SchemaProperties.Condition;
import dev.jpve.cli.SchemaProperties.Entry;
import dev.jpve.format.TextWrap;
import dev.jpve.rest.ApiMethod;
import dev.jpve.schema.FormatSpec;
import dev.jpve.schema.Formats;
import dev.jpve.schema.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The usage text of an API method called from a command line (upstream {@code usage_str} /
 * {@code getopt_usage}): how a command is typed, and (except in {@link UsageFormat#SHORT}) what
 * its arguments and options mean.
 *
 * <p>The first line is {@code USAGE: PREFIX ARGS [OPTIONS] [FORMAT_OPTIONS]} where ARGS are the
 * positional parameters ({@code <p>}, {@code [<p>]} if optional, {@code {<p>}} for a list)
 * followed by {@code --KEY <TYPE>} for each required option. There is always a space after the
 * prefix, so a command without such arguments reads {@code USAGE: cmd  [OPTIONS]}.
 * {@link UsageFormat#SHORT} is that line without {@code USAGE: }. The body documents positional
 * arguments, then the options sorted by name, then (for a typed {@code oneOf}) the options that
 * exist only for some discriminator values, under {@code  Conditional options:}.
 *
 * {@snippet :
 * String help = MethodUsage.of("my-tool status", ArgParam.positional("vmid"))
 *         .withFormatterProperties(StandardOutputOptions.ALL)
 *         .text(method, UsageFormat.FULL);
 * }
 *
 * @param prefix the command as typed, such as {@code pvesm add}
 * @param argParam the parameters taken as positional arguments
 * @param fixed parameters the command definition sets (not documented)
 * @param mapping parameter mappings of the method; a mapped {@code string} parameter shows the
 *     mapping's {@code desc} as type text, and a required mapped {@code password} is not shown
 * @param formatterProperties the output formatter's options (such as {@link
 *     StandardOutputOptions#ALL}); standard output options are summarised as
 *     {@code [FORMAT_OPTIONS]}, others are documented as options
 * @param formats where named property-string formats are looked up for type texts
 */
public record MethodUsage(String prefix, ArgParam argParam, Map<String, String> fixed,
        Map<String, ParamMapping> mapping, Map<String, Schema> formatterProperties, Formats formats) {

    /** Checks and copies the arguments. */
    public MethodUsage {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(argParam, "argParam");
        fixed = Map.copyOf(fixed);
        mapping = Map.copyOf(mapping);
        formatterProperties = Map.copyOf(formatterProperties);
        Objects.requireNonNull(formats, "formats");
    }

    /** A usage of {@code prefix} with positional {@code argParam}, nothing fixed or mapped, no formatter options. */
    public static MethodUsage of(String prefix, ArgParam argParam) {
        return new MethodUsage(prefix, argParam, Map.of(), Map.of(), Map.of(), Formats.standard());
    }

    /** A copy with these fixed parameters. */
    public MethodUsage withFixed(Map<String, String> value) {
        return new MethodUsage(prefix, argParam, value, mapping, formatterProperties, formats);
    }

    /** A copy with these parameter mappings. */
    public MethodUsage withMapping(Map<String, ParamMapping> value) {
        return new MethodUsage(prefix, argParam, fixed, value, formatterProperties, formats);
    }

    /** A copy with these formatter options. */
    public MethodUsage withFormatterProperties(Map<String, Schema> value) {
        return new MethodUsage(prefix, argParam, fixed, mapping, value, formats);
    }

    /** A copy looking up named formats in {@code value}. */
    public MethodUsage withFormats(Formats value) {
        return new MethodUsage(prefix, argParam, fixed, mapping, formatterProperties, value);
    }

    /** Upstream {@code getopt_usage(info, prefix, argParam, fixed, format, mapping, formatterProps)} in one call. */
    public static String usage(ApiMethod method, String prefix, ArgParam argParam, Map<String, String> fixed,
            UsageFormat format, Map<String, ParamMapping> mapping, Map<String, Schema> formatterProperties,
            Formats formats) {
        return new MethodUsage(prefix, argParam, fixed, mapping, formatterProperties, formats).text(method, format);
    }

    /** The usage text of {@code method} in {@code format}. */
    public String text(ApiMethod method, UsageFormat format) {
        Properties props = Properties.of(method, formatterProperties);
        List<String> positional = switch (argParam) {
            case ArgParam.None n -> List.of();
            case ArgParam.ListParam l -> List.of(l.name());
            case ArgParam.Positional p -> p.names();
        };
        StringBuilder args = new StringBuilder();
        StringBuilder argDocs = new StringBuilder();
        for (String name : positional) {
            props.find(name).ifPresent(schema -> appendWord(args, positionalWord(name, schema)));
            if (!fixed.containsKey(name)) {
                props.find(name).ifPresent(s -> argDocs.append(PropertyDocs.describe(name, Style.FIXED, s, format,
                        Optional.empty(), formats)));
            }
        }
        List<String> shown = positional.stream().filter(n -> props.find(n).isPresent()).toList();
        StringBuilder options = new StringBuilder();
        options.append(options(props.global(), shown, format, args));
        String conditional = conditional(props.conditional(), shown, format);
        if (!conditional.isEmpty()) {
            options.append(" Conditional options:\n\n").append(conditional);
        }
        StringBuilder out = new StringBuilder(header(format, args.toString(), !options.isEmpty(),
                props.hasOutputFormat()));
        if (format == UsageFormat.SHORT) {
            return out.toString();
        }
        method.description().filter(PropertyDocs::truthy).ifPresent(d -> {
            if (format == UsageFormat.ASCIIDOC) {
                out.append('\n').append(TextWrap.wrap("", "", d)).append("\n\n");
            } else if (format == UsageFormat.FULL) {
                out.append('\n').append(TextWrap.wrap("  ", "  ", d)).append("\n\n");
            }
        });
        return out.append(argDocs).append(options).toString();
    }

    private String header(UsageFormat format, String args, boolean hasOptions, boolean hasOutputFormat) {
        if (format == UsageFormat.ASCIIDOC) {
            return "[[cli_" + prefix.replace(' ', '_') + "]]\n*" + prefix + "*"
                    + (args.isEmpty() ? "" : " `" + args + "`") + (hasOptions ? " `[OPTIONS]`" : "")
                    + (hasOutputFormat ? " `[FORMAT_OPTIONS]`" : "") + "\n";
        }
        return (format == UsageFormat.SHORT ? "" : "USAGE: ") + prefix + " " + args
                + (hasOptions ? " [OPTIONS]" : "") + (hasOutputFormat ? " [FORMAT_OPTIONS]" : "") + "\n";
    }

    private static String positionalWord(String name, Schema schema) {
        boolean list = schema.scalarRules().format()
                .filter(f -> f instanceof FormatSpec.Named n && n.name().contains("-list")).isPresent();
        return list ? "{<" + name + ">}" : schema.isOptional() ? "[<" + name + ">]" : "<" + name + ">";
    }

    private static void appendWord(StringBuilder args, String word) {
        if (!args.isEmpty()) {
            args.append(' ');
        }
        args.append(word);
    }

    /** The entries of {@code props}, sorted; required ones are added to {@code args} unless it is null. */
    private String options(Map<String, Schema> props, List<String> positional, UsageFormat format,
            StringBuilder args) {
        StringBuilder out = new StringBuilder();
        IndexedNames indexed = new IndexedNames(props.keySet());
        new TreeMap<>(props).forEach((key, schema) -> {
            if (positional.contains(key) || fixed.containsKey(key)
                    || (key.equals("password") && mapping.containsKey(key) && !schema.isOptional())) {
                return;
            }
            Optional<String> base = indexed.displayName(key);
            if (base.isEmpty()) {
                return;
            }
            out.append(PropertyDocs.describe(base.get(), Style.ARG, schema, format,
                    Optional.ofNullable(mapping.get(key)), formats));
            if (args != null && !schema.isOptional() && schema.common().alias().isEmpty()) {
                appendWord(args, "--" + base.get() + " <" + headerType(schema) + ">");
            }
        });
        return out.toString();
    }

    private static String headerType(Schema schema) {
        return schema.typeName().orElse(schema.common().oneOf().isPresent() ? "multiple" : "string");
    }

    private String conditional(Map<List<Condition>, Map<String, Schema>> sections, List<String> positional,
            UsageFormat format) {
        Map<String, Map<String, Schema>> byLabel = new TreeMap<>();
        sections.forEach((conditions, props) -> byLabel.put(conditions.stream()
                .map(c -> c.typeProperty() + "=" + c.value()).collect(Collectors.joining(" and ")), props));
        StringBuilder out = new StringBuilder();
        byLabel.forEach((label, props) -> {
            String text = options(props, positional, format, null);
            if (!text.isEmpty()) {
                out.append(" [").append(label).append("]\n\n").append(text);
            }
        });
        return out.toString();
    }

    /**
     * The documented properties of a method: those valid for every discriminator value, and those
     * of each combination of discriminator values.
     */
    private record Properties(Map<String, Schema> global, Map<List<Condition>, Map<String, Schema>> conditional,
            boolean hasOutputFormat) {

        static Properties of(ApiMethod method, Map<String, Schema> formatterProperties) {
            Map<String, Schema> global = new LinkedHashMap<>();
            Map<List<Condition>, Map<String, Schema>> conditional = new LinkedHashMap<>();
            Optional<Schema> parameters = method.parameters();
            List<Entry> entries = parameters.map(SchemaProperties::of).orElse(List.of());
            for (Entry e : entries) {
                Map<String, Schema> target = e.conditions().isEmpty() ? global
                        : conditional.computeIfAbsent(e.conditions(), c -> new LinkedHashMap<>());
                target.putIfAbsent(e.name(), e.schema());
            }
            if (method.resolveType().isPresent()) { // resolve_type fills in an omitted 'type'
                global.computeIfPresent("type", (k, s) -> s.withOptional());
            }
            boolean hasOutputFormat = formatterProperties.containsKey(StandardOutputOptions.OUTPUT_FORMAT);
            formatterProperties.forEach((k, s) -> {
                if (!StandardOutputOptions.isStandard(k)) {
                    global.put(k, s);
                }
            });
            if (global.containsKey(StandardOutputOptions.OUTPUT_FORMAT)) {
                hasOutputFormat = true;
                global.keySet().removeIf(StandardOutputOptions::isStandard);
            }
            return new Properties(global, conditional, hasOutputFormat);
        }

        /** The schema of a positional parameter: a global one, else the first conditional one. */
        Optional<Schema> find(String name) {
            if (global.containsKey(name)) {
                return Optional.of(global.get(name));
            }
            return conditional.values().stream().filter(m -> m.containsKey(name)).map(m -> m.get(name)).findFirst();
        }
    }
}
