package dev.jpve.cli;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.schema.ArraySchema;
import dev.jpve.schema.BooleanSchema;
import dev.jpve.schema.IntegerSchema;
import dev.jpve.schema.ObjectSchema;
import dev.jpve.schema.Schema;
import dev.jpve.schema.StandardOptions;
import dev.jpve.schema.StringSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The example component of spec 6.12: a handler with a few methods and the tool {@code my-tool}
 * over it ({@code status}, {@code list}, {@code vm show|lst}, alias {@code st}). Its main method
 * is what the end-to-end tests run as a real process.
 */
public final class MyTool {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final JsonMapper JSON = JsonMapper.builder().build();

    private MyTool() {}

    static final ApiMethod STATUS = ApiMethod.builder("status").path("status/{vmid}").get()
            .description("Show VM status.")
            .parameters(ObjectSchema.builder().additionalProperties(false)
                    .property("vmid", StandardOptions.PVE_VMID.toBuilder()
                            .common(StandardOptions.PVE_VMID.common().toBuilder()
                                    .completion(StringNode.valueOf("vmids")).build()).build())
                    .property("mode", StringSchema.builder().enumValues("fast", "slow").defaultValue("fast")
                            .optional().description("Mode").build())
                    .property("verbose", BooleanSchema.builder().optional().description("Verbose output.").build())
                    .build())
            .returns(ObjectSchema.builder().build())
            .code((params, env) -> params.deepCopy())
            .build();

    static final ApiMethod LIST = ApiMethod.builder("list").path("").get()
            .description("List VMs.")
            .parameters(ObjectSchema.builder().additionalProperties(false)
                    .property("full", BooleanSchema.builder().optional().description("Show all details.").build())
                    .build())
            .returns(ArraySchema.builder().items(ObjectSchema.builder().build()).build())
            .code((params, env) -> {
                ArrayNode list = NODES.arrayNode();
                list.addObject().put("vmid", 100).put("name", "alpha");
                list.addObject().put("vmid", 200).put("name", "beta");
                return list;
            })
            .build();

    static final ApiMethod SHOW = ApiMethod.builder("show").path("vm/{vmid}").get()
            .description("Show a VM.")
            .parameters(ObjectSchema.builder().additionalProperties(false)
                    .property("vmid", StandardOptions.PVE_VMID)
                    .property("verbose", BooleanSchema.builder().optional().description("Verbose output.").build())
                    .build())
            .returns(ObjectSchema.builder().build())
            .code((params, env) -> params.deepCopy())
            .build();

    static final ApiMethod LST = ApiMethod.builder("lst").path("vm").get()
            .description("List VMs, again.")
            .parameters(ObjectSchema.builder().additionalProperties(false)
                    .property("full", BooleanSchema.builder().optional().description("Show all details.").build())
                    .build())
            .returns(ArraySchema.builder().items(ObjectSchema.builder().build()).build())
            .code((params, env) -> NODES.arrayNode())
            .build();

    static final ApiHandler API = ApiHandler.builder("PVE::API2::MyTool")
            .register(STATUS).register(LIST).register(SHOW).register(LST).build();

    /** The standard output options. */
    static Map<String, Schema> outputOptions() {
        return StandardOutputOptions.ALL;
    }

    static final OutputHandler JSON_PRINTER = (result, returns, formatterParams, io) ->
            io.out().println(JSON.writeValueAsString(result));

    static CliTool tool() {
        CommandGroup vm = CommandGroup.builder()
                .add("show", Command.of(API, "show").withArgs("vmid").withOutput(JSON_PRINTER))
                .add("lst", Command.of(API, "lst"))
                .build();
        CommandGroup commands = CommandGroup.builder()
                .add("status", Command.of(API, "status").withArgs("vmid").withOutput(JSON_PRINTER, outputOptions()))
                .add("list", Command.of(API, "list").withOutput(OutputHandler.standard(), outputOptions()))
                .add("vm", vm)
                .alias("st", "status")
                .build();
        return CliTool.builder("my-tool", commands)
                .completion("vmids", (cmd, param, cur, args) -> List.of("100", "101", "200"))
                .build();
    }

    /** Runs {@code my-tool}. */
    public static void main(String[] args) {
        System.exit(tool().run(List.of(args), CliIo.system()));
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }
}
