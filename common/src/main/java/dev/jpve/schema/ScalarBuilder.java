package dev.jpve.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * The setters of schemas that check scalar values ({@link ScalarRules}).
 *
 * @param <B> the concrete builder
 * @param <S> the schema it builds
 */
public abstract sealed class ScalarBuilder<B extends ScalarBuilder<B, S>, S extends Schema> extends SchemaBuilder<B, S>
        permits StringSchema.Builder, IntegerSchema.Builder, NumberSchema.Builder, BooleanSchema.Builder,
        AnySchema.Builder {
    private Optional<FormatSpec> format;
    private Optional<Regex> pattern;
    private Optional<Integer> maxLength;
    private Optional<Integer> minLength;
    private Optional<Num> maximum;
    private Optional<Num> minimum;
    private Optional<List<JsonNode>> enumValues;

    ScalarBuilder(Common common, ScalarRules rules) {
        super(common);
        format = rules.format();
        pattern = rules.pattern();
        maxLength = rules.maxLength();
        minLength = rules.minLength();
        maximum = rules.maximum();
        minimum = rules.minimum();
        enumValues = rules.enumValues();
    }

    /** The scalar rules collected so far; checks them. */
    final ScalarRules rules() {
        return new ScalarRules(format, pattern, maxLength, minLength, maximum, minimum, enumValues);
    }

    /** Sets a named {@code format} ({@code pve-vmid}, {@code pve-vmid-list}, ...). */
    public B format(String name) { format = Optional.of(new FormatSpec.Named(name)); return self(); }
    /** Sets an inline property-string {@code format}. */
    public B format(Map<String, Schema> properties) { format = Optional.of(new FormatSpec.Inline(properties)); return self(); }
    /** Sets {@code format}. */
    public B format(FormatSpec spec) { format = Optional.of(java.util.Objects.requireNonNull(spec, "format")); return self(); }
    /**
     * Sets {@code pattern}.
     *
     * @throws IllegalArgumentException naming {@code pattern} if the regex does not compile
     */
    public B pattern(String regex) { pattern = Optional.of(Regex.of(regex)); return self(); }
    /** Sets {@code maxLength}. */
    public B maxLength(int v) { maxLength = Optional.of(v); return self(); }
    /** Sets {@code minLength}. */
    public B minLength(int v) { minLength = Optional.of(v); return self(); }
    /** Sets {@code maximum}. */
    public B maximum(long v) { maximum = Optional.of(Num.of(v)); return self(); }
    /** Sets {@code maximum}. */
    public B maximum(double v) { maximum = Optional.of(Num.of(v)); return self(); }
    /** Sets {@code minimum}. */
    public B minimum(long v) { minimum = Optional.of(Num.of(v)); return self(); }
    /** Sets {@code minimum}. */
    public B minimum(double v) { minimum = Optional.of(Num.of(v)); return self(); }
    /** Sets {@code maximum}. */
    public B maximum(Num v) { maximum = Optional.of(v); return self(); }
    /** Sets {@code minimum}. */
    public B minimum(Num v) { minimum = Optional.of(v); return self(); }
    /** Sets {@code enum} to strings. */
    public B enumValues(String... values) {
        List<JsonNode> list = new ArrayList<>();
        for (String v : values) {
            list.add(StringNode.valueOf(v));
        }
        enumValues = Optional.of(list);
        return self();
    }
    /** Sets {@code enum} to any scalars. */
    public B enumNodes(List<JsonNode> values) { enumValues = Optional.of(List.copyOf(values)); return self(); }
}
