package dev.jpve.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * GNU Getopt::Long's parsing as upstream configures it: {@code --name} or {@code -name} (no
 * bundling), inline {@code =value}, case-insensitive names with unique-prefix abbreviation,
 * options and positional arguments interleaved, {@code --} ending the options, a lone {@code -}
 * positional.
 *
 * @param options the options by canonical name
 */
public record GetoptParser(Map<String, OptionSpec> options) {
    /**
     * The outcome of a parse.
     *
     * @param values option values by canonical name: a String, or a List of Strings for repeatable options
     * @param positional the positional arguments, in order
     */
    public record Result(Map<String, Object> values, List<String> positional) {}

    /** Checks and copies the options. */
    public GetoptParser {
        options = Map.copyOf(Objects.requireNonNull(options, "options"));
    }

    /** A parser for {@code specs}. */
    public static GetoptParser of(List<OptionSpec> specs) {
        Map<String, OptionSpec> byName = new LinkedHashMap<>();
        specs.forEach(s -> byName.put(s.name(), s));
        return new GetoptParser(byName);
    }

    /** Parses {@code argv}; the first refusal is thrown with Getopt's warning text. */
    public Result parse(List<String> argv) throws GetoptException {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            if (arg.equals("--")) {
                positional.addAll(argv.subList(i + 1, argv.size()));
                break;
            }
            if (!isOption(arg)) {
                positional.add(arg);
                continue;
            }
            String body = arg.substring(arg.startsWith("--") ? 2 : 1);
            int eq = body.indexOf('=');
            OptionSpec spec = resolve(eq < 0 ? body : body.substring(0, eq));
            String value;
            if (eq >= 0) {
                value = body.substring(eq + 1);
                if (value.isEmpty() && spec.arity() != OptionSpec.Arity.OPTIONAL_VALUE) {
                    throw new GetoptException("Option " + spec.name() + " requires an argument");
                }
            } else if (spec.arity() == OptionSpec.Arity.OPTIONAL_VALUE) {
                boolean takesNext = i + 1 < argv.size() && !looksLikeOption(argv.get(i + 1));
                value = takesNext ? argv.get(++i) : "";
            } else if (i + 1 < argv.size()) {
                value = argv.get(++i);
            } else {
                throw new GetoptException("Option " + spec.name() + " requires an argument");
            }
            store(values, spec, value);
        }
        return new Result(values, positional);
    }

    private static boolean isOption(String arg) {
        return arg.length() > 1 && arg.charAt(0) == '-';
    }

    /** What stops an optional value from taking the next argument: {@code --} or a dash and more. */
    private static boolean looksLikeOption(String arg) {
        return arg.equals("--") || (arg.length() > 1 && arg.charAt(0) == '-');
    }

    private OptionSpec resolve(String name) throws GetoptException {
        String lower = name.toLowerCase(Locale.ROOT);
        List<OptionSpec> prefixed = new ArrayList<>();
        for (OptionSpec spec : options.values()) {
            String candidate = spec.name().toLowerCase(Locale.ROOT);
            if (candidate.equals(lower)) {
                return spec;
            }
            if (!lower.isEmpty() && candidate.startsWith(lower)) {
                prefixed.add(spec);
            }
        }
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        if (prefixed.isEmpty()) {
            throw new GetoptException("Unknown option: " + lower);
        }
        List<String> names = prefixed.stream().map(OptionSpec::name).sorted().toList();
        throw new GetoptException("Option " + name + " is ambiguous (" + String.join(", ", names) + ")");
    }

    @SuppressWarnings("unchecked")
    private static void store(Map<String, Object> values, OptionSpec spec, String value) {
        if (spec.arity() == OptionSpec.Arity.REPEATABLE) {
            ((List<String>) values.computeIfAbsent(spec.name(), k -> new ArrayList<String>())).add(value);
        } else {
            values.put(spec.name(), value);
        }
    }
}
