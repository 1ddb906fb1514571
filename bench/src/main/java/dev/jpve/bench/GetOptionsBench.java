package dev.jpve.bench;

import dev.jpve.cli.ArgParam;
import dev.jpve.cli.GetOptions;
import dev.jpve.schema.Schema;
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

/** {@code get_options} on a 15-option command line, per call (schema walk, Getopt, post-processing). */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GetOptionsBench {
    private final Schema schema = Schema.fromJson(JsonMapper.builder().build().readTree("""
            {"properties": {
              "node": {"type": "string"}, "vmid": {"type": "integer"},
              "name": {"type": "string", "optional": 1}, "memory": {"type": "integer", "optional": 1},
              "cores": {"type": "integer", "optional": 1}, "sockets": {"type": "integer", "optional": 1},
              "ostype": {"type": "string", "optional": 1}, "onboot": {"type": "boolean", "optional": 1},
              "start": {"type": "boolean", "optional": 1}, "tags": {"type": "string", "format": "pve-tag-list", "optional": 1},
              "net0": {"type": "string", "optional": 1}, "scsi0": {"type": "string", "optional": 1},
              "description": {"type": "string", "optional": 1}, "cpu": {"type": "string", "optional": 1},
              "balloon": {"type": "integer", "optional": 1}, "numa": {"type": "boolean", "optional": 1}}}"""));
    private final List<String> argv = List.of("100", "--name", "web1", "--memory", "2048", "--cores", "2",
            "--sockets", "1", "--ostype", "l26", "--onboot", "--start", "0", "--tags", "a;b",
            "--net0", "virtio,bridge=vmbr0", "--scsi0", "local:32", "--description", "test vm",
            "--cpu", "host", "--balloon", "1024", "--numa", "1");

    /** One parse of the command line. */
    @Benchmark
    public ObjectNode getOptions() {
        return GetOptions.parse(schema, argv, ArgParam.positional("vmid"), Map.of("node", "n1"), Map.of());
    }
}
