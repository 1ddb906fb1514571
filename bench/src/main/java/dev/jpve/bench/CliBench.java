package dev.jpve.bench;

import dev.jpve.cli.ArgParam;
import dev.jpve.cli.CliIo;
import dev.jpve.cli.CliTool;
import dev.jpve.cli.Command;
import dev.jpve.cli.CommandGroup;
import dev.jpve.cli.GetOptions;
import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.schema.ObjectSchema;
import dev.jpve.schema.Schema;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A full in-process CLI dispatch of a method with 15 options: command resolution, option
 * parsing, validation, the call and result verification. The baseline is option parsing alone.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CliBench {
    private final Schema schema = Schema.fromJson(JsonMapper.builder().build().readTree("""
            {"type": "object", "additionalProperties": 0, "properties": {
              "node": {"type": "string", "format": "pve-node"}, "vmid": {"type": "integer", "format": "pve-vmid"},
              "name": {"type": "string", "format": "dns-name", "optional": 1}, "memory": {"type": "integer", "minimum": 16, "optional": 1},
              "cores": {"type": "integer", "minimum": 1, "optional": 1}, "sockets": {"type": "integer", "optional": 1},
              "ostype": {"type": "string", "enum": ["l26", "win11", "other"], "optional": 1}, "onboot": {"type": "boolean", "optional": 1},
              "start": {"type": "boolean", "optional": 1}, "tags": {"type": "string", "format": "pve-tag-list", "optional": 1},
              "net0": {"type": "string", "optional": 1}, "scsi0": {"type": "string", "optional": 1},
              "description": {"type": "string", "maxLength": 8192, "optional": 1}, "cpu": {"type": "string", "optional": 1},
              "balloon": {"type": "integer", "optional": 1}, "numa": {"type": "boolean", "optional": 1}}}"""));
    private final List<String> argv = List.of("create", "100", "--name", "web1", "--memory", "2048", "--cores", "2",
            "--sockets", "1", "--ostype", "l26", "--onboot", "--start", "0", "--tags", "a;b",
            "--net0", "virtio,bridge=vmbr0", "--scsi0", "local:32", "--description", "test vm",
            "--cpu", "host", "--balloon", "1024", "--numa", "1");
    private final CliTool tool;
    private final CliIo io;

    public CliBench() {
        ApiMethod create = ApiMethod.builder("create").post().description("Create a VM.").parameters(schema)
                .returns(ObjectSchema.builder().build()).code((params, env) -> params).build();
        ApiHandler api = ApiHandler.builder("Bench").register(create).build();
        tool = CliTool.builder("bench-tool", CommandGroup.builder()
                .add("create", Command.of(api, "create").withArgs("vmid").withFixed(Map.of("node", "n1")))
                .add("other", Command.of(api, "create")).build()).build();
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        io = new CliIo(nowhere, nowhere, Map.of());
    }

    /** One dispatch, as {@code bench-tool create 100 --name web1 ...} would run. */
    @Benchmark
    public int dispatch() {
        return tool.run(argv, io);
    }

    /** Baseline: parsing the same options only. */
    @Benchmark
    public ObjectNode baselineGetOptions() {
        return GetOptions.parse(schema, argv.subList(1, argv.size()), ArgParam.positional("vmid"),
                Map.of("node", "n1"), Map.of());
    }
}
