package dev.jpve.conformance;

import dev.jpve.task.TaskLogDirectory;
import dev.jpve.task.Upid;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code upid} name: {@code encode} ({@code data} -> {@code result}) and {@code decode}
 * ({@code upid}, {@code noerr} -> {@code result} and {@code filename}). An optional
 * {@code taskdir} replaces {@code /var/log/pve/tasks}.
 */
final class UpidCases implements CaseHandler {
    private static final Pattern PERL_NUMBER = Pattern.compile(
            "^[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    @Override
    public void handle(ObjectNode input, ObjectNode result) {
        String op = PerlScalars.textOrEmpty(input.get("op"));
        switch (op) {
            case "encode" -> result.put("result", encode(input.path("data")));
            case "decode" -> decode(input, result);
            default -> throw new IllegalArgumentException("unknown op: " + op);
        }
    }

    private static String encode(JsonNode data) {
        return new Upid(text(data, "node"), number(data, "pid"), number(data, "pstart"),
                number(data, "starttime"), text(data, "type"), text(data, "id"), text(data, "user"))
                .encode();
    }

    private static void decode(ObjectNode input, ObjectNode result) {
        String text = PerlScalars.textOrEmpty(input.get("upid"));
        TaskLogDirectory dir = PerlScalars.text(input.get("taskdir"))
                .map(d -> new TaskLogDirectory(Path.of(d))).orElse(TaskLogDirectory.DEFAULT);
        Optional<Upid> upid = PerlScalars.truthy(input.get("noerr")) ? Upid.tryDecode(text)
                : Optional.of(Upid.decode(text));
        if (upid.isEmpty()) {
            result.putNull("result");
            result.putNull("filename");
            return;
        }
        ObjectNode fields = result.putObject("result");
        fields.put("node", upid.get().node());
        fields.put("pid", upid.get().pid());
        fields.put("pstart", upid.get().pstart());
        fields.put("starttime", upid.get().starttime());
        fields.put("type", upid.get().type());
        fields.put("id", upid.get().id());
        fields.put("user", upid.get().user());
        result.put("filename", dir.logFile(text).toString());
    }

    private static String text(JsonNode data, String field) {
        return PerlScalars.textOrEmpty(data.get(field));
    }

    /** Perl's numeric value of a scalar, truncated to an integer as {@code %X} does. */
    private static long number(JsonNode data, String field) {
        String text = PerlScalars.textOrEmpty(data.get(field)).strip();
        Matcher leading = PERL_NUMBER.matcher(text);
        return leading.find() ? new BigDecimal(leading.group()).longValue() : 0;
    }
}
