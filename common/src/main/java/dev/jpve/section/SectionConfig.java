package dev.jpve.section;

import dev.jpve.schema.Formats;
import dev.jpve.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * A section config file format: base properties plus plugins, resolved once (upstream
 * {@code PVE::SectionConfig} after {@code register()} and {@code init()}).
 *
 * <p>Immutable and thread-safe once built. It derives the API schemas ({@link #createSchema()},
 * {@link #updateSchema()}), parses and writes files ({@link #parse}, {@link #write}) and checks
 * sections ({@link #checkConfig}). Every text another program can see (file syntax, warnings,
 * error messages) is upstream's, byte for byte. Errors about the data are
 * {@link SectionConfigException}s with upstream's {@code die} text; a bad plugin set fails in
 * {@link Builder#build()} with an {@link IllegalArgumentException}.
 *
 * {@snippet :
 * SectionConfig config = SectionConfig.builder()
 *     .property("type", AnySchema.builder().description("Section type.").build())
 *     .property("id", StringSchema.builder().format("pve-configid").maxLength(64).build())
 *     .plugin(dirPlugin)
 *     .plugin(nfsPlugin)
 *     .build();
 * SectionConfigData data = config.parse("storage.cfg", text, false);
 * String written = config.write("storage.cfg", data, false);
 * }
 */
public final class SectionConfig {
    private final Registry registry;
    private final SectionHooks hooks;
    private final SectionChecks checks;
    private final SectionSchemas schemas;

    private SectionConfig(Builder b) {
        this.registry = Registry.init(b.base, b.plugins, b.propertyIsolation);
        this.hooks = b.hooks;
        this.checks = new SectionChecks(registry, hooks, b.formats);
        this.schemas = new SectionSchemas(registry);
    }

    /** A builder with no property, no plugin, unified mode, the standard formats and default hooks. */
    public static Builder builder() {
        return new Builder();
    }

    Registry registry() {
        return registry;
    }

    SectionHooks hooks() {
        return hooks;
    }

    SectionChecks checks() {
        return checks;
    }

    /** The schema for creating a section (upstream {@code createSchema()}), with {@code type}. */
    public Schema createSchema() {
        return createSchema(false, Map.of());
    }

    /**
     * The schema for creating a section (upstream {@code createSchema(skipType, base)}).
     *
     * @param skipType leave out {@code type}; in isolated mode only possible with a single plugin
     * @param base extra properties not derived from the plugins
     * @throws SectionConfigException {@code cannot use 'skip_type' for configs with more than 1 section type\n}
     */
    public Schema createSchema(boolean skipType, Map<String, Schema> base) {
        return schemas.create(skipType, base);
    }

    /** The schema for updating a section of any type (upstream {@code updateSchema()}). */
    public Schema updateSchema() {
        return updateSchema(Optional.empty(), Map.of());
    }

    /**
     * The schema for updating a section (upstream {@code updateSchema(singleClass, base)}).
     *
     * @param singleType only the properties of this plugin (upstream: called on that plugin with {@code singleClass})
     * @param base extra properties not derived from the plugins
     * @throws SectionConfigException {@code unknown section type 'T'\n}
     */
    public Schema updateSchema(Optional<String> singleType, Map<String, Schema> base) {
        return schemas.update(singleType, base);
    }

    /**
     * Parses a file's text (upstream {@code parse_config}); never fails on bad content, which
     * is reported in {@link SectionConfigData#warnings()} and {@link SectionConfigData#errors()}.
     *
     * @param filename used in warnings and errors only
     * @param allowUnknown keep sections of unknown types raw instead of skipping them
     */
    public SectionConfigData parse(String filename, String raw, boolean allowUnknown) {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(raw, "raw");
        return new SectionParser(this, filename, raw, allowUnknown).run(raw);
    }

    /**
     * The file text of the sections (upstream {@code write_config}); sections without an order
     * number follow the others in map order.
     *
     * @param filename unused, as upstream
     * @param allowUnknown write sections of unknown types raw instead of failing
     * @throws SectionConfigException {@code unknown section type 'T'\n},
     *     {@code section 'ID' - missing value for required option 'K'\n},
     *     {@code property 'K' contains a line feed\n}, {@code property 'K' is not an array}
     */
    public String write(String filename, SectionConfigData data, boolean allowUnknown) {
        Objects.requireNonNull(data, "data");
        return new SectionWriter(this, allowUnknown).write(data.ids(), data.order());
    }

    /**
     * Checks and decodes the settings of one section (upstream {@code check_config} of the
     * plugin for {@code type}); the result holds {@code type} and every checked value.
     *
     * @param create check that every required option is present; allow fixed options
     * @param skipSchemaCheck skip the schema validation of the values
     * @throws SectionConfigException with upstream's text, e.g.
     *     {@code can't change value of fixed parameter 'K'\n}, {@code missing value for required option 'K'\n}
     */
    public ObjectNode checkConfig(String type, String sectionId, ObjectNode config, boolean create,
            boolean skipSchemaCheck) {
        return checks.checkConfig(type, sectionId, config, create, skipSchemaCheck);
    }

    /** The plugin of a type (upstream {@code lookup}); {@code unknown section type 'T'\n} if none. */
    public SectionPlugin lookup(String type) {
        SectionPlugin plugin = registry.plugins().get(type);
        if (plugin == null) {
            throw new SectionConfigException("unknown section type '" + type + "'\n");
        }
        return plugin;
    }

    /** The plugin types, sorted (upstream {@code lookup_types}). */
    public List<String> types() {
        return List.copyOf(registry.plugins().keySet());
    }

    /** The effective options of a type (in isolated mode including the plugin's own properties). */
    public Map<String, PluginOption> options(String type) {
        lookup(type);
        return registry.options().get(type);
    }

    /** The schema of a property as a type sees it (upstream {@code get_property_schema}). */
    public Optional<Schema> propertySchema(String type, String key) {
        return Optional.ofNullable(registry.propertySchema(type, key));
    }

    /** Builder of {@link SectionConfig}. */
    public static final class Builder {
        private final Map<String, Schema> base = new LinkedHashMap<>();
        private final List<SectionPlugin> plugins = new ArrayList<>();
        private boolean propertyIsolation;
        private Formats formats = Formats.standard();
        private SectionHooks hooks = SectionHooks.DEFAULT;

        private Builder() {}

        /** Adds a base property (upstream: the base plugin's {@code propertyList}). */
        public Builder property(String name, Schema schema) {
            base.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(schema, name));
            return this;
        }

        /** Registers a plugin (upstream {@code register()}). */
        public Builder plugin(SectionPlugin plugin) {
            plugins.add(Objects.requireNonNull(plugin, "plugin"));
            return this;
        }

        /** Turns isolated mode on (upstream {@code propertyIsolation => 1}). */
        public Builder propertyIsolation(boolean on) {
            propertyIsolation = on;
            return this;
        }

        /** The format registry values are validated with. */
        public Builder formats(Formats f) {
            formats = Objects.requireNonNull(f, "formats");
            return this;
        }

        /** The base plugin's overridden behaviour. */
        public Builder hooks(SectionHooks h) {
            hooks = Objects.requireNonNull(h, "hooks");
            return this;
        }

        /**
         * Resolves the plugins (upstream {@code init()}).
         *
         * @throws IllegalArgumentException with upstream's text, e.g. {@code duplicate property 'P'},
         *     {@code undefined property 'P'}, {@code duplicate plugin registration (type = T)}
         */
        public SectionConfig build() {
            return new SectionConfig(this);
        }
    }
}
