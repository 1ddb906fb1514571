package dev.jpve.tools.internal.fork;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The child side of {@link dev.jpve.tools.Fork}. It starts ahead of need (a "spare" child),
 * loads the JSON machinery, then blocks on standard input for its one request: the task class
 * name on the first line, the JSON arguments after it. It runs the task, writes
 * {@code {"result": ...}} or {@code {"error": "..."}} to the original standard output and halts
 * (no shutdown hooks, like upstream's {@code _exit}). The task's own prints go to standard
 * error. End of input without a request (the parent went away) ends the child quietly.
 */
public final class ForkMain {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ForkMain() {}

    public static void main(String[] argv) {
        OutputStream resultChannel = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        warmUp();
        byte[] request = readRequest();
        if (request.length == 0) {
            Runtime.getRuntime().halt(0);
        }
        ObjectNode answer = JSON.createObjectNode();
        int status = 0;
        try {
            int newline = indexOf(request, (byte) '\n');
            String className = new String(request, 0, newline, StandardCharsets.UTF_8);
            JsonNode args = JSON.readTree(java.util.Arrays.copyOfRange(request, newline + 1, request.length));
            Object result = instantiate(className).call(args);
            answer.set("result", JSON.valueToTree(result));
        } catch (Throwable t) {
            answer = JSON.createObjectNode().put("error", text(t));
            status = 1;
        }
        try {
            resultChannel.write(JSON.writeValueAsBytes(answer));
            resultChannel.flush();
        } catch (Throwable t) {
            status = 2;
        }
        Runtime.getRuntime().halt(status);
    }

    /** Loads and links the JSON classes now, while the child is still a spare. */
    private static void warmUp() {
        JSON.writeValueAsBytes(JSON.readTree("{\"warm\":[1,\"up\",null,true,1.5]}"));
    }

    private static byte[] readRequest() {
        try {
            return System.in.readAllBytes();
        } catch (java.io.IOException e) {
            return new byte[0];
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalArgumentException("request without task class line");
    }

    private static dev.jpve.tools.ForkTask instantiate(String className) throws ReflectiveOperationException {
        Class<?> type = Class.forName(className);
        return (dev.jpve.tools.ForkTask) type.getConstructor().newInstance();
    }

    /** The exception's text, as upstream stringifies the error (message, else the class name). */
    private static String text(Throwable t) {
        return Objects.requireNonNullElse(t.getMessage(), t.toString());
    }
}
