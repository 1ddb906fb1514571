package dev.jpve.bench;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.HandlerMatch;
import dev.jpve.rest.HttpMethod;
import dev.jpve.schema.ObjectSchema;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.node.NullNode;

/**
 * {@code find_handler} on a tree of 500 methods: ten handlers of 50 methods mounted below
 * {@code /nodes/{node}/AREA}, with a parameter level per area. The baseline is a hash lookup of
 * the exact path, which knows nothing of parameters.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RestBench {
    private static final int AREAS = 10;
    private static final int OPS = 48;
    private final ApiHandler root = tree();
    private final String[] paths = new String[64];
    private final Map<String, String> exact = new HashMap<>();
    private int next;

    public RestBench() {
        for (int i = 0; i < paths.length; i++) {
            int area = i % AREAS;
            int op = (i * 7) % OPS;
            paths[i] = "/nodes/node" + i + "/area" + area + "/" + (100 + i) + "/op" + op;
            exact.put(paths[i], "op" + op);
        }
    }

    private static ApiHandler tree() {
        ApiHandler.Builder nodes = ApiHandler.builder("Nodes");
        for (int a = 0; a < AREAS; a++) {
            ApiHandler.Builder area = ApiHandler.builder("Area" + a);
            area.register(method("index", "").build());
            area.register(method("create", "").post().build());
            for (int op = 0; op < OPS; op++) {
                area.register(method("op" + op, "{id}/op" + op).build());
            }
            nodes.mount("area" + a, area.build());
        }
        return ApiHandler.builder("Root").mount("nodes/{node}", nodes.build()).build();
    }

    private static ApiMethod.Builder method(String name, String path) {
        return ApiMethod.builder(name).path(path).description(name)
                .parameters(ObjectSchema.builder().build()).returns(ObjectSchema.builder().build())
                .code((p, e) -> NullNode.getInstance());
    }

    /** One lookup through mounts and parameter levels. */
    @Benchmark
    public Optional<HandlerMatch> findHandler() {
        String path = paths[next++ & (paths.length - 1)];
        return root.findHandler(HttpMethod.GET, path);
    }

    /** Baseline: a hash map lookup of the exact path. */
    @Benchmark
    public String baselineHashLookup() {
        return exact.get(paths[next++ & (paths.length - 1)]);
    }
}
