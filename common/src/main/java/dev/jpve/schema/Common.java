package dev.jpve.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The keywords every schema kind shares: property semantics, composition and documentation.
 *
 * <p>An empty {@code Optional} means the key is absent from the JSON form.
 *
 * @param optional {@code optional}; truthy: the property may be absent
 * @param defaultValue {@code default}; documentation only, never applied by the validator
 * @param description {@code description}
 * @param verboseDescription {@code verbose_description}
 * @param title {@code title}
 * @param typetext {@code typetext}
 * @param formatDescription {@code format_description}
 * @param alias {@code alias}: this key is another name for the named property
 * @param keyAlias {@code keyAlias}: (property strings) the key used is stored in this property
 * @param defaultKey {@code default_key}: (property strings) the key of a value given without key
 * @param requires {@code requires}: a property name or a schema for the containing object
 * @param group {@code group}: truthy: not reported as missing
 * @param typeProperty {@code type-property}: the discriminator property
 * @param typePropertySchema {@code type-property-schema}: the discriminator's schema (typed oneOf)
 * @param instanceTypes {@code instance-types}: discriminator values a property exists for
 * @param instanceType {@code instance-type}: the discriminator value of a oneOf variant
 * @param allOf {@code allOf}
 * @param oneOf {@code oneOf}
 * @param renderer {@code renderer}: the CLI output renderer name
 * @param printWidth {@code print_width}, as given
 * @param completion {@code completion}, as given (a code reference upstream)
 * @param links {@code links}, as given
 * @param extra keys outside the dialect (or not applying to the kind), kept for the round trip
 */
public record Common(
        Optional<Boolean> optional, Optional<JsonNode> defaultValue, Optional<String> description,
        Optional<String> verboseDescription, Optional<String> title, Optional<String> typetext,
        Optional<String> formatDescription, Optional<String> alias, Optional<String> keyAlias,
        Optional<Boolean> defaultKey, Optional<Requires> requires, Optional<Boolean> group,
        Optional<String> typeProperty, Optional<Schema> typePropertySchema,
        Optional<List<String>> instanceTypes, Optional<String> instanceType,
        Optional<List<Schema>> allOf, Optional<List<Schema>> oneOf, Optional<String> renderer,
        Optional<JsonNode> printWidth, Optional<JsonNode> completion, Optional<JsonNode> links,
        Map<String, JsonNode> extra) {

    /** No keyword set. */
    public static final Common NONE = builder().build();

    /** Checks the definition: {@code keyAlias} needs {@code alias}. */
    public Common {
        instanceTypes = instanceTypes.map(List::copyOf);
        allOf = allOf.map(List::copyOf);
        oneOf = oneOf.map(List::copyOf);
        extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        if (keyAlias.isPresent() && alias.isEmpty()) {
            throw new IllegalArgumentException("keyAlias: '" + keyAlias.get() + "' requires alias");
        }
    }

    /** Whether {@code oneOf} is a typed (tagged) union: it has a {@code type-property-schema}. */
    public boolean isTypedOneOf() {
        return oneOf.isPresent() && typePropertySchema.isPresent();
    }

    /** A builder with no keyword set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's keywords. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.optional = optional; b.defaultValue = defaultValue; b.description = description;
        b.verboseDescription = verboseDescription; b.title = title; b.typetext = typetext;
        b.formatDescription = formatDescription; b.alias = alias; b.keyAlias = keyAlias;
        b.defaultKey = defaultKey; b.requires = requires; b.group = group;
        b.typeProperty = typeProperty; b.typePropertySchema = typePropertySchema;
        b.instanceTypes = instanceTypes; b.instanceType = instanceType; b.allOf = allOf;
        b.oneOf = oneOf; b.renderer = renderer; b.printWidth = printWidth;
        b.completion = completion; b.links = links; b.extra.putAll(extra);
        return b;
    }

    /** Mutable builder of {@link Common}; every setter replaces the keyword. */
    public static final class Builder {
        private Optional<Boolean> optional = Optional.empty();
        private Optional<JsonNode> defaultValue = Optional.empty();
        private Optional<String> description = Optional.empty();
        private Optional<String> verboseDescription = Optional.empty();
        private Optional<String> title = Optional.empty();
        private Optional<String> typetext = Optional.empty();
        private Optional<String> formatDescription = Optional.empty();
        private Optional<String> alias = Optional.empty();
        private Optional<String> keyAlias = Optional.empty();
        private Optional<Boolean> defaultKey = Optional.empty();
        private Optional<Requires> requires = Optional.empty();
        private Optional<Boolean> group = Optional.empty();
        private Optional<String> typeProperty = Optional.empty();
        private Optional<Schema> typePropertySchema = Optional.empty();
        private Optional<List<String>> instanceTypes = Optional.empty();
        private Optional<String> instanceType = Optional.empty();
        private Optional<List<Schema>> allOf = Optional.empty();
        private Optional<List<Schema>> oneOf = Optional.empty();
        private Optional<String> renderer = Optional.empty();
        private Optional<JsonNode> printWidth = Optional.empty();
        private Optional<JsonNode> completion = Optional.empty();
        private Optional<JsonNode> links = Optional.empty();
        private final Map<String, JsonNode> extra = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code optional}. */
        public Builder optional(boolean v) { optional = Optional.of(v); return this; }
        /** Sets {@code default}. */
        public Builder defaultValue(JsonNode v) { defaultValue = Optional.of(req(v, "default")); return this; }
        /** Sets {@code description}. */
        public Builder description(String v) { description = Optional.of(req(v, "description")); return this; }
        /** Sets {@code verbose_description}. */
        public Builder verboseDescription(String v) { verboseDescription = Optional.of(req(v, "verbose_description")); return this; }
        /** Sets {@code title}. */
        public Builder title(String v) { title = Optional.of(req(v, "title")); return this; }
        /** Sets {@code typetext}. */
        public Builder typetext(String v) { typetext = Optional.of(req(v, "typetext")); return this; }
        /** Sets {@code format_description}. */
        public Builder formatDescription(String v) { formatDescription = Optional.of(req(v, "format_description")); return this; }
        /** Sets {@code alias}. */
        public Builder alias(String v) { alias = Optional.of(req(v, "alias")); return this; }
        /** Sets {@code keyAlias}. */
        public Builder keyAlias(String v) { keyAlias = Optional.of(req(v, "keyAlias")); return this; }
        /** Sets {@code default_key}. */
        public Builder defaultKey(boolean v) { defaultKey = Optional.of(v); return this; }
        /** Sets {@code requires}. */
        public Builder requires(Requires v) { requires = Optional.of(req(v, "requires")); return this; }
        /** Sets {@code group}. */
        public Builder group(boolean v) { group = Optional.of(v); return this; }
        /** Sets {@code type-property}. */
        public Builder typeProperty(String v) { typeProperty = Optional.of(req(v, "type-property")); return this; }
        /** Sets {@code type-property-schema}. */
        public Builder typePropertySchema(Schema v) { typePropertySchema = Optional.of(req(v, "type-property-schema")); return this; }
        /** Sets {@code instance-types}. */
        public Builder instanceTypes(List<String> v) { instanceTypes = Optional.of(req(v, "instance-types")); return this; }
        /** Sets {@code instance-type}. */
        public Builder instanceType(String v) { instanceType = Optional.of(req(v, "instance-type")); return this; }
        /** Sets {@code allOf}. */
        public Builder allOf(List<Schema> v) { allOf = Optional.of(req(v, "allOf")); return this; }
        /** Sets {@code oneOf}. */
        public Builder oneOf(List<Schema> v) { oneOf = Optional.of(req(v, "oneOf")); return this; }
        /** Sets {@code renderer}. */
        public Builder renderer(String v) { renderer = Optional.of(req(v, "renderer")); return this; }
        /** Sets {@code print_width}. */
        public Builder printWidth(JsonNode v) { printWidth = Optional.of(req(v, "print_width")); return this; }
        /** Sets {@code completion}. */
        public Builder completion(JsonNode v) { completion = Optional.of(req(v, "completion")); return this; }
        /** Sets {@code links}. */
        public Builder links(JsonNode v) { links = Optional.of(req(v, "links")); return this; }
        /** Keeps a key outside the dialect for the round trip. */
        public Builder extra(String key, JsonNode v) { extra.put(req(key, "key"), req(v, key)); return this; }

        /** Replaces every keyword with those of {@code c}. */
        public Builder replaceWith(Common c) {
            Builder b = c.toBuilder();
            optional = b.optional; defaultValue = b.defaultValue; description = b.description;
            verboseDescription = b.verboseDescription; title = b.title; typetext = b.typetext;
            formatDescription = b.formatDescription; alias = b.alias; keyAlias = b.keyAlias;
            defaultKey = b.defaultKey; requires = b.requires; group = b.group;
            typeProperty = b.typeProperty; typePropertySchema = b.typePropertySchema;
            instanceTypes = b.instanceTypes; instanceType = b.instanceType; allOf = b.allOf;
            oneOf = b.oneOf; renderer = b.renderer; printWidth = b.printWidth;
            completion = b.completion; links = b.links; extra.clear(); extra.putAll(b.extra);
            return this;
        }

        /** Builds the record. */
        public Common build() {
            return new Common(optional, defaultValue, description, verboseDescription, title, typetext,
                    formatDescription, alias, keyAlias, defaultKey, requires, group, typeProperty,
                    typePropertySchema, instanceTypes, instanceType, allOf, oneOf, renderer, printWidth,
                    completion, links, extra);
        }

        private static <T> T req(T v, String key) {
            return Objects.requireNonNull(v, key);
        }
    }
}
