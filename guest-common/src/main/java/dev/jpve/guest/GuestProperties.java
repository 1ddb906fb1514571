package dev.jpve.guest;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The keys a guest type accepts in its config file, each with its {@link PropertyType}: the part of
 * upstream's config schema ({@code $confdesc}) that reading and writing a file consults.
 *
 * <p>{@link #qemu()} and {@link #lxc()} list qemu-server's and pve-container's keys; a new guest
 * type builds its own with {@link #builder()}.
 */
public final class GuestProperties {
    private final Map<String, PropertyType> types;

    private GuestProperties(Map<String, PropertyType> types) {
        this.types = Collections.unmodifiableMap(new TreeMap<>(types));
    }

    /** The type of the key, empty for an unknown key. */
    public Optional<PropertyType> type(String key) {
        return Optional.ofNullable(types.get(key));
    }

    /** Every key with its type, sorted. */
    public Map<String, PropertyType> types() {
        return types;
    }

    /** A builder starting empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** The keys of a qemu-server VM config. */
    public static GuestProperties qemu() {
        return QemuKeys.PROPERTIES;
    }

    /** The keys of a pve-container config. */
    public static GuestProperties lxc() {
        return LxcKeys.PROPERTIES;
    }

    /** Collects keys and their types. */
    public static final class Builder {
        private final Map<String, PropertyType> types = new TreeMap<>();

        private Builder() {}

        /** Adds boolean keys. */
        public Builder bool(String... keys) {
            return put(new PropertyType.Bool(), keys);
        }

        /** Adds integer keys. */
        public Builder integer(String... keys) {
            return put(new PropertyType.Int(), keys);
        }

        /** Adds number keys. */
        public Builder number(String... keys) {
            return put(new PropertyType.Num(), keys);
        }

        /** Adds string keys without a format. */
        public Builder string(String... keys) {
            return put(new PropertyType.Str(Optional.empty()), keys);
        }

        /** Adds string keys with a format. */
        public Builder formatted(String format, String... keys) {
            return put(new PropertyType.Str(Optional.of(format)), keys);
        }

        /** Adds {@code prefix0} to {@code prefix<count-1>} as strings of this format. */
        public Builder indexed(String prefix, int count, String format) {
            for (int i = 0; i < count; i++) {
                formatted(format, prefix + i);
            }
            return this;
        }

        /** Adds keys of any type. */
        public Builder put(PropertyType type, String... keys) {
            for (String key : keys) {
                types.put(key, type);
            }
            return this;
        }

        /** The immutable key set. */
        public GuestProperties build() {
            return new GuestProperties(types);
        }
    }
}
