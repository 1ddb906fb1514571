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
 * The child side of {@link dev.jpve.tools.Fork}: {@code ForkMain <task class>} reads the JSON
 * arguments from standard input, runs the task, writes {@code {"result": ...}} or
 * {@code {"error": "..."}} to the original standard output and halts (no shutdown hooks, like
 * upstream's {@code _exit}). The task's own prints go to standard error.
 */
public final class ForkMain {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ForkMain() {}

    public static void main(String[] argv) {
        OutputStream resultChannel = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        ObjectNode answer = JSON.createObjectNode();
        int status = 0;
        try {
            JsonNode args = JSON.readTree(System.in);
            Object result = instantiate(argv[0]).call(args);
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

    private static dev.jpve.tools.ForkTask instantiate(String className) throws ReflectiveOperationException {
        Class<?> type = Class.forName(className);
        return (dev.jpve.tools.ForkTask) type.getConstructor().newInstance();
    }

    /** The exception's text, as upstream stringifies the error (message, else the class name). */
    private static String text(Throwable t) {
        return Objects.requireNonNullElse(t.getMessage(), t.toString());
    }
}
