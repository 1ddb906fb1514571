package dev.jpve.schema;

import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Validates values against one schema (upstream {@code validate}); compile once, use often.
 *
 * <p>Values are Jackson trees checked with Perl's value model: a scalar is checked through its
 * string form ({@code "12"} is an integer), JSON booleans only pass {@code boolean}. Like upstream,
 * validation changes the value in place: an alias key is moved to its target. Nothing is ever
 * thrown but {@link ApiException}. Thread-safe.
 *
 * {@snippet :
 * Validator v = Validator.of(params, Formats.standard());
 * v.validate(body);   // throws ApiException 400 "Parameter verification failed.\n" with errors
 * }
 */
public final class Validator {
    private final Schema schema;
    private final Node root;

    private Validator(Schema schema, Node root) {
        this.schema = schema;
        this.root = root;
    }

    /**
     * Compiles a schema: patterns, formats and property indexes are resolved here once. A format
     * name not yet registered is looked up again at each use.
     *
     * @throws IllegalArgumentException if the schema is nested too deeply to be compiled
     */
    public static Validator of(Schema schema, Formats formats) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(formats, "formats");
        try {
            return new Validator(schema, Node.compile(schema, formats));
        } catch (StackOverflowError e) {
            // only a schema built in Java code can be this deep; JSON schemas are bounded when read
            throw new IllegalArgumentException("schema: nested too deeply to be compiled", e);
        }
    }

    /** The schema this validator checks. */
    public Schema schema() {
        return schema;
    }

    /**
     * Validates a value; a Java {@code null} counts as undefined.
     *
     * @throws ApiException code 400, {@code Parameter verification failed.\n}, with the error map
     */
    public void validate(JsonNode value) {
        validate(value, ApiException.PARAM_MESSAGE);
    }

    /**
     * Validates a value, failing with the given message instead of the default one.
     *
     * @throws ApiException code 400 with {@code errmsg} and the error map
     */
    public void validate(JsonNode value, String errmsg) {
        Objects.requireNonNull(errmsg, "errmsg");
        ParamErrors errors = run(value);
        if (errors != null) {
            throw errors.toException(errmsg);
        }
    }

    /** The errors (path to message) of a value, empty if it is valid; never throws for bad values. */
    public Map<String, String> errors(JsonNode value) {
        ParamErrors errors = run(value);
        return errors == null ? Map.of() : errors.asMap();
    }

    private ParamErrors run(JsonNode value) {
        Walker walker = new Walker();
        try {
            walker.prop(value, root, null, null);
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ApiException.of(500, "internal error - " + e + "\n");
        }
        return walker.errors();
    }
}
