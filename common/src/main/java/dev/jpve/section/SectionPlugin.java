package dev.jpve.section;

import dev.jpve.schema.Schema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One section type of a section config file: a plugin as a value (upstream: a Perl package
 * with {@code type()}, {@code properties()}, {@code options()} and {@code plugindata()}).
 *
 * <p>{@code properties} are the property schemas this plugin introduces, {@code options} the
 * properties it uses (its own and others'), each optional and/or fixed. {@code isolateProperties}
 * and {@code exposeAll}/{@code exposed} are upstream's plugindata keys {@code isolate-properties}
 * and {@code expose-properties} (partial isolation).
 *
 * {@snippet :
 * SectionPlugin one = SectionPlugin.builder("one")
 *     .property("field1", IntegerSchema.builder().minimum(3).maximum(9).description("Field One").build())
 *     .option("common", PluginOption.OPTIONAL)
 *     .option("field1", PluginOption.REQUIRED)
 *     .build();
 * }
 *
 * @param type the section type, unique in a config
 * @param properties the property schemas this plugin defines, in definition order
 * @param options the properties this plugin uses, in definition order
 * @param isolateProperties plugindata {@code isolate-properties}: keep own properties private
 * @param exposeAll plugindata {@code expose-properties => 1}: an isolated plugin shares all its properties
 * @param exposed plugindata {@code expose-properties => {name => 1}}: the properties shared
 * @param check an extra check of whole sections of this type
 */
public record SectionPlugin(String type, Map<String, Schema> properties, Map<String, PluginOption> options,
        boolean isolateProperties, boolean exposeAll, Set<String> exposed, Optional<ConfigCheck> check) {

    /** Checks and copies the arguments. */
    public SectionPlugin {
        Objects.requireNonNull(type, "type");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        exposed = Collections.unmodifiableSet(new LinkedHashSet<>(exposed));
        Objects.requireNonNull(check, "check");
        if (type.isEmpty()) {
            throw new IllegalArgumentException("type: must not be empty");
        }
    }

    /** A builder for a plugin of this type. */
    public static Builder builder(String type) {
        return new Builder(type);
    }

    /** Whether this plugin shares property {@code name} with non-isolated plugins. */
    boolean exposes(String name) {
        return !isolateProperties || exposeAll || exposed.contains(name);
    }

    /** Builder of {@link SectionPlugin}. */
    public static final class Builder {
        private final String type;
        private final Map<String, Schema> properties = new LinkedHashMap<>();
        private final Map<String, PluginOption> options = new LinkedHashMap<>();
        private boolean isolate;
        private boolean exposeAll;
        private final Set<String> exposed = new LinkedHashSet<>();
        private Optional<ConfigCheck> check = Optional.empty();

        private Builder(String type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        /**
         * Defines a property of this plugin.
         *
         * @throws IllegalArgumentException if the name is already defined by this plugin
         */
        public Builder property(String name, Schema schema) {
            Objects.requireNonNull(schema, name);
            if (properties.putIfAbsent(Objects.requireNonNull(name, "name"), schema) != null) {
                throw new IllegalArgumentException("duplicate property '" + name + "'");
            }
            return this;
        }

        /** Declares that this plugin uses a property. */
        public Builder option(String name, PluginOption option) {
            options.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(option, name));
            return this;
        }

        /** Keeps this plugin's properties to itself (plugindata {@code isolate-properties}). */
        public Builder isolateProperties() {
            isolate = true;
            return this;
        }

        /** Shares every property of this isolated plugin (plugindata {@code expose-properties => 1}). */
        public Builder exposeAll() {
            exposeAll = true;
            return this;
        }

        /** Shares the named properties of this isolated plugin (plugindata {@code expose-properties => {...}}). */
        public Builder expose(String... names) {
            exposed.addAll(java.util.List.of(names));
            return this;
        }

        /** Adds an extra check of whole sections of this type. */
        public Builder check(ConfigCheck c) {
            check = Optional.of(c);
            return this;
        }

        /** Builds the plugin. */
        public SectionPlugin build() {
            return new SectionPlugin(type, properties, options, isolate, exposeAll, exposed, check);
        }
    }
}
