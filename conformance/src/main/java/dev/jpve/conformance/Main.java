package dev.jpve.conformance;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The conformance driver: {@code conformance/run NAME < cases.jsonl > results.jsonl}.
 *
 * <p>Reads one JSON object per line and writes exactly one result line per case, in order.
 * Nothing else is written to standard output: what the code under test prints to
 * {@code System.out} is sent to standard error instead.
 */
public final class Main {
    static final ObjectMapper JSON = JsonMapper.builder().build();

    private Main() {}

    /** The handlers by conformance name. */
    static Map<String, CaseHandler> handlers() {
        Map<String, CaseHandler> handlers = new TreeMap<>();
        Handlers.register(handlers);
        return handlers;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: conformance/run NAME < cases.jsonl > results.jsonl");
            System.exit(2);
        }
        PrintStream results = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        System.setOut(new PrintStream(OutputStream.nullOutputStream()) {
            @Override public void write(int b) { System.err.write(b); }
            @Override public void write(byte[] b, int off, int len) { System.err.write(b, off, len); }
        });
        CaseHandler handler = handlers().get(args[0]);
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            results.println(JSON.writeValueAsString(answer(args[0], handler, line)));
            results.flush();
        }
    }

    /** Answers one input line; never throws. */
    static ObjectNode answer(String name, CaseHandler handler, String line) {
        ObjectNode result = JSON.createObjectNode();
        JsonNode input;
        try {
            input = JSON.readTree(line);
        } catch (RuntimeException e) {
            return failure(result, "invalid JSON input: " + e.getMessage());
        }
        if (input.has("id")) {
            result.set("id", input.get("id"));
        }
        if (!(input instanceof ObjectNode object)) {
            return failure(result, "a case must be a JSON object");
        }
        if (handler == null) {
            return failure(result, "not implemented: " + name);
        }
        ObjectNode fields = JSON.createObjectNode();
        try {
            handler.handle(object, fields);
            result.put("ok", true);
            result.setAll(fields);
        } catch (CaseFailure f) {
            result.put("ok", false);
            result.setAll(f.fields());
        } catch (Throwable t) {
            failure(result, Objects.requireNonNullElse(t.getMessage(), t.toString()));
        }
        return result;
    }

    private static ObjectNode failure(ObjectNode result, String error) {
        result.put("ok", false);
        result.put("error", error);
        return result;
    }
}
