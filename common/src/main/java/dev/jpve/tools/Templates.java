package dev.jpve.tools;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders ({@code template_replace}).
 *
 * {@snippet :
 * Templates.replace("{vmid}-{name}", Map.of("vmid", "100")); // "100--"
 * }
 */
public final class Templates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)\\}");

    private Templates() {}

    /**
     * Replaces each {@code {name}} by {@code data.get(name)}, or by {@code -} when the value is
     * missing or Perl-false ({@code ""} or {@code "0"}). Other text, including {@code {}}, stays.
     */
    public static String replace(String template, Map<String, String> data) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(data, "data");
        Matcher m = PLACEHOLDER.matcher(template);
        return m.replaceAll(match -> Matcher.quoteReplacement(valueOrDash(data.get(match.group(1)))));
    }

    private static String valueOrDash(String value) {
        return value == null || value.isEmpty() || value.equals("0") ? "-" : value;
    }
}
