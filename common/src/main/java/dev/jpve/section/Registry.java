package dev.jpve.section;

import dev.jpve.schema.Schema;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The resolved plugin set (upstream {@code init()}): the global property list, each isolated
 * plugin's own properties, every plugin's effective options and the common properties.
 *
 * @param plugins the plugins by type, sorted
 * @param propertyList the global properties (base, then plugins'), {@code type} with its enum
 * @param isolated own properties of each isolated plugin; empty in unified mode
 * @param options the effective options of each plugin
 * @param commonProperties required base properties no plugin uses (isolated modes only)
 */
record Registry(Map<String, SectionPlugin> plugins, Map<String, Schema> propertyList,
        Map<String, Map<String, Schema>> isolated, Map<String, Map<String, PluginOption>> options,
        Map<String, Schema> commonProperties) {

    /** Whether schemas are built per type (upstream {@code has_isolated_properties}). */
    boolean isolatedMode() {
        return !isolated.isEmpty();
    }

    /** Upstream {@code get_property_schema}: the plugin's own schema first, then the global one; null if none. */
    Schema propertySchema(String type, String key) {
        Map<String, Schema> own = isolated.get(type);
        Schema s = own == null ? null : own.get(key);
        return s != null ? s : propertyList.get(key);
    }

    static Registry init(Map<String, Schema> base, List<SectionPlugin> list, boolean propertyIsolation) {
        Map<String, SectionPlugin> plugins = new TreeMap<>();
        for (SectionPlugin p : list) {
            if (plugins.putIfAbsent(p.type(), p) != null) {
                throw new IllegalArgumentException("duplicate plugin registration (type = " + p.type() + ")");
            }
        }
        boolean partial = plugins.values().stream().anyMatch(SectionPlugin::isolateProperties);
        Registry r = propertyIsolation || partial ? new Isolation(base, plugins, propertyIsolation).run()
                : unified(base, plugins);
        Map<String, Schema> props = new LinkedHashMap<>(r.propertyList);
        props.put("type", typeSchema(props.get("type"), plugins.keySet()));
        return new Registry(Collections.unmodifiableMap(plugins), Collections.unmodifiableMap(props),
                Collections.unmodifiableMap(r.isolated), Collections.unmodifiableMap(r.options), r.commonProperties);
    }

    private static Registry unified(Map<String, Schema> base, Map<String, SectionPlugin> plugins) {
        Map<String, Schema> props = new LinkedHashMap<>(base);
        for (SectionPlugin p : plugins.values()) {
            p.properties().forEach((name, schema) -> {
                if (props.putIfAbsent(name, schema.withOptional(true)) != null) {
                    throw new IllegalArgumentException("duplicate property '" + name + "'");
                }
            });
        }
        Map<String, Map<String, PluginOption>> options = new TreeMap<>();
        for (SectionPlugin p : plugins.values()) {
            p.options().keySet().forEach(name -> requireDefined(props, name));
            options.put(p.type(), p.options());
        }
        return new Registry(plugins, props, Map.of(), options, Map.of());
    }

    private static void requireDefined(Map<String, Schema> props, String name) {
        if (!props.containsKey(name)) {
            throw new IllegalArgumentException("undefined property '" + name + "'");
        }
    }

    /** The {@code type} property: whatever the base declared, as a string with the sorted types as enum. */
    static Schema typeSchema(Schema declared, Set<String> types) {
        ObjectNode json = declared == null ? JsonNodeFactory.instance.objectNode() : declared.toJson();
        json.put("type", "string");
        types.forEach(json.putArray("enum")::add);
        return Schema.fromJson(json);
    }

    /** Full ({@code propertyIsolation}) or partial ({@code isolate-properties}) isolation. */
    private static final class Isolation {
        private final Map<String, Schema> base;
        private final Map<String, SectionPlugin> plugins;
        private final boolean global;
        private final Map<String, Schema> propertyList;
        private final Map<String, Map<String, Schema>> isolated = new TreeMap<>();
        private final Map<String, String> origins = new HashMap<>();
        private final Set<String> allNames = new HashSet<>();

        Isolation(Map<String, Schema> base, Map<String, SectionPlugin> plugins, boolean global) {
            this.base = base;
            this.plugins = plugins;
            this.global = global;
            this.propertyList = new LinkedHashMap<>(base);
        }

        Registry run() {
            plugins.values().forEach(this::collect);
            Set<String> used = new HashSet<>(Set.of("type"));
            Map<String, Map<String, PluginOption>> options = new TreeMap<>();
            for (SectionPlugin p : plugins.values()) {
                options.put(p.type(), resolveOptions(p, used));
            }
            Map<String, Schema> common = new LinkedHashMap<>();
            base.forEach((name, schema) -> {
                if (!used.contains(name) && !schema.isOptional()) {
                    common.put(name, schema);
                }
            });
            return new Registry(plugins, propertyList, isolated, options, Collections.unmodifiableMap(common));
        }

        private void collect(SectionPlugin p) {
            Map<String, Schema> own = null;
            if (global || p.isolateProperties()) {
                own = new LinkedHashMap<>();
                isolated.put(p.type(), own);
            }
            for (Map.Entry<String, Schema> e : p.properties().entrySet()) {
                String name = e.getKey();
                allNames.add(name);
                if (own != null) {
                    own.put(name, e.getValue());
                }
                if (!global && p.exposes(name)) {
                    if (propertyList.containsKey(name)) {
                        throw new IllegalArgumentException("duplicate property '" + name + "' - already defined in '"
                                + origins.getOrDefault(name, "<base>") + "'\n");
                    }
                    propertyList.put(name, e.getValue());
                    origins.put(name, p.type());
                } else {
                    origins.putIfAbsent(name, p.type());
                }
            }
        }

        private Map<String, PluginOption> resolveOptions(SectionPlugin p, Set<String> used) {
            Map<String, PluginOption> opts = new LinkedHashMap<>(p.options());
            Map<String, Schema> own = isolated.get(p.type());
            Map<String, Schema> fallback = p.isolateProperties() ? base : propertyList;
            for (String name : opts.keySet()) {
                used.add(name);
                Schema prop = own == null ? null : own.get(name);
                if (prop == null && !fallback.containsKey(name)) {
                    throw foreign(p, name);
                }
            }
            if (own != null) {
                own.forEach((name, schema) -> {
                    if (!opts.containsKey(name)) {
                        used.add(name);
                        opts.put(name, schema.isOptional() ? PluginOption.OPTIONAL : PluginOption.REQUIRED);
                    }
                });
            }
            return Collections.unmodifiableMap(opts);
        }

        private IllegalArgumentException foreign(SectionPlugin p, String name) {
            if (!allNames.contains(name)) {
                return new IllegalArgumentException("undefined property '" + name + "'");
            }
            String origin = origins.get(name);
            if (global) {
                return new IllegalArgumentException("cannot use property '" + name + "' of foreign plugin ('"
                        + origin + "') in isolation mode\n");
            }
            if (p.isolateProperties()) {
                return new IllegalArgumentException("isolated plugin cannot use property '" + name
                        + "' from foreign plugin '" + origin + "'\n");
            }
            return new IllegalArgumentException("cannot use property '" + name + "' from isolated plugin '"
                    + origin + "'\n");
        }
    }
}
