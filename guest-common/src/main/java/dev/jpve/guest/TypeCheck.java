package dev.jpve.guest;

import dev.jpve.schema.FormatException;
import dev.jpve.schema.FormatSpec;
import dev.jpve.schema.Formats;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/** Upstream's {@code check_type}: checks one value against its key's type and normalizes it. */
final class TypeCheck {
    private static final Pattern TRUE = Pattern.compile("1|on|yes|true", Pattern.CASE_INSENSITIVE);
    private static final Pattern FALSE = Pattern.compile("0|off|no|false", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Formats FORMATS = Formats.standard();

    private final GuestProperties properties;
    private final boolean stripQuotes;

    TypeCheck(GuestProperties properties, boolean stripQuotes) {
        this.properties = properties;
        this.stripQuotes = stripQuotes;
    }

    /**
     * The normalized value.
     *
     * @throws GuestConfigException with upstream's reason (no trailing newline)
     */
    String check(String key, String value) {
        PropertyType type = properties.type(key)
                .orElseThrow(() -> new GuestConfigException("unknown setting '" + key + "'"));
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new GuestConfigException("property contains a line feed");
        }
        Optional<String> checked = switch (type) {
            case PropertyType.Bool b -> TRUE.matcher(value).matches() ? Optional.of("1")
                    : FALSE.matcher(value).matches() ? Optional.of("0") : Optional.empty();
            case PropertyType.Int i -> INTEGER.matcher(value).matches()
                    ? Optional.of(new BigInteger(value).toString()) : Optional.empty();
            case PropertyType.Num n -> NUMBER.matcher(value).matches() ? Optional.of(value) : Optional.empty();
            case PropertyType.Str s -> Optional.of(string(s, value));
        };
        return checked.orElseThrow(() -> new GuestConfigException(
                "type check ('" + type.typeName() + "') failed - got '" + value + "'"));
    }

    private String string(PropertyType.Str type, String value) {
        if (type.format().isPresent()) {
            String format = type.format().get();
            if (FORMATS.get(baseName(format)).isPresent()) {
                try {
                    FORMATS.check(new FormatSpec.Named(format), value);
                } catch (FormatException e) {
                    throw new GuestConfigException(chomp(e.text()));
                }
            }
            return value;
        }
        if (stripQuotes && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static String baseName(String format) {
        for (String suffix : new String[] {"-list", "-opt"}) {
            if (format.endsWith(suffix)) {
                return format.substring(0, format.length() - suffix.length());
            }
        }
        return format;
    }

    static String chomp(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
