package dev.jpve.bench;

import dev.jpve.schema.Formats;
import dev.jpve.schema.PropertyStringFormat;
import dev.jpve.schema.Schema;
import dev.jpve.schema.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validating a 15-parameter VM-create call ({@code validate-vm-create.json}, upstream Perl: 84 us),
 * and parsing/printing a property string.
 *
 * <p>Each validation gets a fresh value tree: the prepared {@link ObjectNode} is deep-copied per
 * invocation (validation moves alias keys in place, as upstream does). {@link #copyOnly} measures
 * that copy alone, so {@code validate - copyOnly} is the validation itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidateBench {
    private ObjectNode value;
    private Validator validator;
    private PropertyStringFormat net;
    private String netText;
    private ObjectNode netParsed;

    /** Loads the case and compiles the schema once. */
    @Setup
    public void setup() throws IOException {
        JsonNode benchCase;
        try (InputStream in = ValidateBench.class.getResourceAsStream("/validate-vm-create.json")) {
            benchCase = JsonMapper.builder().build().readTree(in);
        }
        Formats formats = Formats.standard();
        Schema schema = Schema.fromJson(benchCase.get("schema"));
        validator = Validator.of(schema, formats);
        value = (ObjectNode) benchCase.get("value");
        validator.validate(value.deepCopy());
        Schema netSchema = Schema.fromJson(benchCase.get("schema").get("properties").get("net0"));
        net = PropertyStringFormat.of(((dev.jpve.schema.FormatSpec.Inline) ((dev.jpve.schema.StringSchema) netSchema)
                .rules().format().orElseThrow()).properties(), formats);
        netText = value.get("net0").stringValue();
        netParsed = net.parse(netText);
    }

    /** Baseline: the per-invocation copy of the value tree alone. */
    @Benchmark
    public ObjectNode copyOnly() {
        return value.deepCopy();
    }

    /** Copy the value tree and validate it. */
    @Benchmark
    public ObjectNode validate() {
        ObjectNode fresh = value.deepCopy();
        validator.validate(fresh);
        return fresh;
    }

    /** Parse {@code net0}'s property string (with its checks). */
    @Benchmark
    public ObjectNode parsePropertyString() {
        return net.parse(netText);
    }

    /** Print the parsed {@code net0} back (with its checks). */
    @Benchmark
    public String printPropertyString() {
        return net.print(netParsed);
    }
}
