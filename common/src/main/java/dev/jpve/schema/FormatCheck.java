package dev.jpve.schema;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/** A {@code format} keyword resolved once for validation (upstream {@code check_format}). */
abstract sealed class FormatCheck {
    private static final FormatCheck NONE = new Fixed(null);

    /** The failure text (usually ending with a newline), or null if the value is fine. */
    String check(String value, CharSequence path) {
        try {
            apply(value, path);
            return null;
        } catch (FormatException e) {
            return e.text();
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    /** Runs a verifier, turning its failure into the message text. */
    static String verifyFailure(FormatVerifier verifier, String value) {
        try {
            verifier.verify(value);
            return null;
        } catch (FormatException e) {
            return e.text();
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    /** What upstream's {@code check_format} returns; throws {@link FormatException} on failure. */
    abstract JsonNode apply(String value, CharSequence path);

    static FormatCheck compile(FormatSpec spec, Formats formats) {
        return switch (spec) {
            case FormatSpec.Inline in -> new Hash(PropertyStringFormat.compile(in.properties(), formats, null));
            case FormatSpec.Named n -> named(n.name(), formats);
        };
    }

    static FormatCheck named(String name, Formats formats) {
        if (name.equals("regex")) {
            return NONE;
        }
        String suffix = name.endsWith("-list") ? "list" : name.endsWith("-opt") ? "opt" : "";
        String base = suffix.isEmpty() ? name : name.substring(0, name.length() - suffix.length() - 1);
        return formats.get(base).map(f -> resolved(f, suffix, formats)).orElseGet(() -> new Lazy(name, formats));
    }

    private static FormatCheck resolved(NamedFormat f, String suffix, Formats formats) {
        return switch (f) {
            case NamedFormat.Hash h when !suffix.isEmpty() ->
                    new Fixed("'-" + suffix + "' format must have code ref, not hash\n");
            case NamedFormat.Hash h -> new Hash(PropertyStringFormat.compile(h.properties(), formats,
                    h.validator().orElse(null)));
            case NamedFormat.Code c when suffix.equals("list") -> new ListOf(c.verifier());
            case NamedFormat.Code c when suffix.equals("opt") -> new Opt(c.verifier());
            case NamedFormat.Code c -> new Code(c.verifier());
        };
    }

    /** Always the same outcome: accepted (null message) or a fixed failure. */
    static final class Fixed extends FormatCheck {
        private final String failure;

        Fixed(String failure) {
            this.failure = failure;
        }

        @Override
        JsonNode apply(String value, CharSequence path) {
            if (failure != null) {
                throw new FormatException(failure);
            }
            return StringNode.valueOf(value);
        }
    }

    /** A name not registered when compiled: looked up at every use. */
    static final class Lazy extends FormatCheck {
        private final String name;
        private final Formats formats;

        Lazy(String name, Formats formats) {
            this.name = name;
            this.formats = formats;
        }

        @Override
        JsonNode apply(String value, CharSequence path) {
            FormatCheck now = named(name, formats);
            if (now instanceof Lazy) {
                throw new FormatException("undefined format '" + name + "'\n");
            }
            return now.apply(value, path);
        }
    }

    static final class Code extends FormatCheck {
        private final FormatVerifier verifier;

        Code(FormatVerifier verifier) {
            this.verifier = verifier;
        }

        @Override
        String check(String value, CharSequence path) {
            return verifyFailure(verifier, value);
        }

        @Override
        JsonNode apply(String value, CharSequence path) {
            return StringNode.valueOf(verifier.verify(value));
        }
    }

    static final class ListOf extends FormatCheck {
        private final FormatVerifier verifier;

        ListOf(FormatVerifier verifier) {
            this.verifier = verifier;
        }

        @Override
        String check(String value, CharSequence path) {
            if (value.indexOf('\0') >= 0) {
                for (String p : ListSplitter.split(value)) {
                    String failure = verifyFailure(verifier, p);
                    if (failure != null) {
                        return failure;
                    }
                }
                return null;
            }
            return ListSplitter.firstFailure(value, p -> verifyFailure(verifier, p));
        }

        @Override
        JsonNode apply(String value, CharSequence path) {
            List<String> parts = ListSplitter.split(value);
            ArrayNode out = JsonNodeFactory.instance.arrayNode(parts.size());
            for (String p : parts) {
                out.add(verifier.verify(p));
            }
            return out;
        }
    }

    static final class Opt extends FormatCheck {
        private final FormatVerifier verifier;

        Opt(FormatVerifier verifier) {
            this.verifier = verifier;
        }

        @Override
        JsonNode apply(String value, CharSequence path) {
            if (value.isEmpty() || value.equals("0")) {
                return StringNode.valueOf(value);
            }
            return StringNode.valueOf(verifier.verify(value));
        }
    }

    static final class Hash extends FormatCheck {
        final PropertyStringFormat format;

        Hash(PropertyStringFormat format) {
            this.format = format;
        }

        @Override
        String check(String value, CharSequence path) {
            return format.failure(value, path);
        }

        @Override
        JsonNode apply(String value, CharSequence path) {
            return format.parse(value, path.toString(), false, List.of());
        }
    }
}
