package dev.jpve.schema;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ObjectNode;

/**
 * The registry of named formats ({@code register_format}); an explicit object, never filled as a
 * side effect of class loading.
 *
 * <p>{@link #standard()} gives a new registry holding every format pve-common registers;
 * applications add theirs ({@code pve-poolid}, {@code pve-volume-id}, ...). Any registered name is
 * also usable with a {@code -list} or {@code -opt} suffix. Thread-safe.
 *
 * {@snippet :
 * Formats formats = Formats.standard();
 * formats.register("pve-poolid", PoolIds::verify);
 * Validator v = Validator.of(schema, formats);
 * }
 */
public final class Formats {
    private final Map<String, NamedFormat> formats = new ConcurrentHashMap<>();

    private Formats() {}

    /** An empty registry. */
    public static Formats empty() {
        return new Formats();
    }

    /** A new registry with every format pve-common registers (spec 1.5.2). */
    public static Formats standard() {
        Formats f = new Formats();
        StandardFormats.registerAll(f);
        return f;
    }

    /**
     * Registers a code format.
     *
     * @throws IllegalArgumentException {@code JSON schema format 'NAME' already registered\n}
     */
    public Formats register(String name, FormatVerifier verifier) {
        return put(name, new NamedFormat.Code(verifier));
    }

    /** Registers a property-string format. */
    public Formats register(String name, Map<String, Schema> properties) {
        return put(name, new NamedFormat.Hash(properties, Optional.empty()));
    }

    /** Registers a property-string format whose parsed objects are post-processed by {@code validator}. */
    public Formats register(String name, Map<String, Schema> properties, UnaryOperator<ObjectNode> validator) {
        return put(name, new NamedFormat.Hash(properties, Optional.of(validator)));
    }

    /** The format registered under exactly this name (no suffix handling). */
    public Optional<NamedFormat> get(String name) {
        return Optional.ofNullable(formats.get(Objects.requireNonNull(name, "name")));
    }

    /** The hash format registered under this name, if it is one. */
    public Optional<NamedFormat.Hash> hash(String name) {
        return get(name).flatMap(f -> f instanceof NamedFormat.Hash h ? Optional.of(h) : Optional.empty());
    }

    /**
     * Upstream {@code check_format}: checks one value and returns what upstream returns (the
     * value, the split list for {@code -list}, the parsed object for hash formats).
     *
     * @throws FormatException with upstream's message if the value is bad
     */
    public tools.jackson.databind.JsonNode check(FormatSpec format, String value) {
        return FormatCheck.compile(Objects.requireNonNull(format, "format"), this)
                .apply(Objects.requireNonNull(value, "value"), "");
    }

    private Formats put(String name, NamedFormat format) {
        Objects.requireNonNull(name, "name");
        if (formats.putIfAbsent(name, format) != null) {
            throw new IllegalArgumentException("JSON schema format '" + name + "' already registered\n");
        }
        return this;
    }
}
