package dev.jpve.cli;

import dev.jpve.schema.FormatSpec;
import dev.jpve.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every property of an object-like schema, found through {@code allOf} and typed {@code oneOf}
 * (upstream's {@code for_each_property}): the discriminator first, then each variant's
 * properties with the discriminator values that select them.
 */
final class SchemaProperties {
    /** A discriminator value a variant's properties depend on. */
    record Condition(String typeProperty, String value) {}

    /** One place a property is declared. */
    record Entry(String name, Schema schema, List<Condition> conditions) {
        /** Whether this declaration applies to {@code values} (its variant is the selected one). */
        boolean appliesTo(Map<String, Object> values) {
            return conditions.stream().allMatch(c -> c.value().equals(values.get(c.typeProperty())));
        }

        boolean isBoolean() {
            return schema.typeName().filter("boolean"::equals).isPresent();
        }

        boolean isArray() {
            return schema.typeName().filter("array"::equals).isPresent();
        }

        boolean hasListFormat() {
            return schema.scalarRules().format()
                    .filter(f -> f instanceof FormatSpec.Named n && n.name().endsWith("-list"))
                    .isPresent();
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    private SchemaProperties() {}

    /** All declarations of {@code schema}, in upstream's walking order. */
    static List<Entry> of(Schema schema) {
        SchemaProperties walk = new SchemaProperties();
        walk.collect(schema, List.of());
        return List.copyOf(walk.entries);
    }

    /** The declaration of {@code name} that applies to {@code values}, if any. */
    static Optional<Entry> find(List<Entry> entries, String name, Map<String, Object> values) {
        return entries.stream().filter(e -> e.name().equals(name) && e.appliesTo(values)).findFirst();
    }

    private void collect(Schema schema, List<Condition> conditions) {
        schema.propertyMap().forEach((name, property) -> entries.add(new Entry(name, property, conditions)));
        schema.common().allOf().ifPresent(parts -> parts.forEach(part -> collect(part, conditions)));
        Optional<String> typeProperty = schema.common().typeProperty();
        if (schema.common().oneOf().isPresent() && typeProperty.isPresent()) {
            schema.common().typePropertySchema().ifPresent(
                    discriminator -> entries.add(new Entry(typeProperty.get(), discriminator, conditions)));
            for (Schema variant : schema.common().oneOf().get()) {
                List<Condition> selected = new ArrayList<>(conditions);
                variant.common().instanceType().ifPresent(v -> selected.add(new Condition(typeProperty.get(), v)));
                collect(variant, List.copyOf(selected));
            }
        }
    }
}
