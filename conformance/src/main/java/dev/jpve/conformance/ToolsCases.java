package dev.jpve.conformance;

import dev.jpve.schema.Conversions;
import dev.jpve.tools.HostPort;
import dev.jpve.tools.Sizes;
import dev.jpve.tools.TextEncoding;
import dev.jpve.tools.TextLists;
import dev.jpve.tools.Whitespace;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code tools} name: {@code {"fn": NAME, "args": [...]}} -> {@code result}. Each function is
 * one entry of {@link #FUNCTIONS}; a failure's text becomes {@code error}.
 */
final class ToolsCases implements CaseHandler {
    /** One upstream function: Perl-model arguments in, the JSON result out. */
    @FunctionalInterface
    interface ToolFunction {
        /** Calls the function; any exception's message is the case's error text. */
        JsonNode apply(Args args) throws Exception;
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The functions by upstream name. */
    static final Map<String, ToolFunction> FUNCTIONS = functions();

    private static Map<String, ToolFunction> functions() {
        Map<String, ToolFunction> f = new TreeMap<>();
        f.put("trim", a -> a.text(0).map(s -> NODES.stringNode(Whitespace.trim(s)))
                .map(JsonNode.class::cast).orElse(NODES.nullNode()));
        f.put("split_list", a -> strings(TextLists.split(a.textOrEmpty(0))));
        f.put("convert_size", a -> NODES.numberNode(Sizes.convert(a.textOrEmpty(0), a.textOrEmpty(1),
                a.textOrEmpty(2), a.truthy(3))));
        f.put("encode_text", a -> NODES.stringNode(TextEncoding.encode(a.textOrEmpty(0))));
        f.put("decode_text", a -> NODES.stringNode(TextEncoding.decode(a.textOrEmpty(0))));
        f.put("parse_host_and_port", a -> hostAndPort(a.textOrEmpty(0)));
        CommandFunctions.register(f);
        f.put("parse_size", a -> {
            OptionalLong size = Conversions.parseSize(a.textOrEmpty(0));
            return size.isPresent() ? NODES.numberNode(size.getAsLong()) : NODES.nullNode();
        });
        f.put("format_size", a -> NODES.stringNode(Conversions.formatSize(Long.parseLong(a.textOrEmpty(0)))));
        f.put("parse_boolean", a -> Conversions.parseBoolean(a.textOrEmpty(0))
                .<JsonNode>map(b -> NODES.numberNode(b ? 1 : 0)).orElse(NODES.nullNode()));
        return Map.copyOf(f);
    }

    @Override
    public void handle(ObjectNode input, ObjectNode result) throws Exception {
        String fn = PerlScalars.textOrEmpty(input.get("fn"));
        ToolFunction function = FUNCTIONS.get(fn);
        if (function == null) {
            throw new IllegalArgumentException("unknown function: " + fn);
        }
        result.set("result", function.apply(new Args(input.path("args"))));
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /** {@code [host, port, 1]} as upstream returns it, or {@code []}. */
    private static ArrayNode hostAndPort(String address) {
        ArrayNode array = NODES.arrayNode();
        HostPort.parse(address).ifPresent(hp -> {
            array.add(hp.host());
            hp.port().ifPresentOrElse(array::add, array::addNull);
            array.add(1);
        });
        return array;
    }

    /**
     * The positional arguments of a call, read in the Perl value model.
     *
     * @param list the {@code args} array (a missing one counts as empty)
     */
    record Args(JsonNode list) {
        /** The raw argument node (a missing one reads as JSON null). */
        JsonNode get(int index) {
            JsonNode node = list.get(index);
            return node == null ? NODES.nullNode() : node;
        }

        /** The string form, empty for undef. */
        java.util.Optional<String> text(int index) {
            return PerlScalars.text(get(index));
        }

        /** The string form, {@code ""} for undef. */
        String textOrEmpty(int index) {
            return PerlScalars.textOrEmpty(get(index));
        }

        /** Perl truth of the argument. */
        boolean truthy(int index) {
            return PerlScalars.truthy(get(index));
        }
    }
}
