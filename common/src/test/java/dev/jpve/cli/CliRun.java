package dev.jpve.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** One in-process run of a tool: exit status and what it printed. */
record CliRun(int status, String out, String err) {

    static CliRun of(CliTool tool, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = tool.run(List.of(args), new CliIo(o, e, env));
        }
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CliRun of(CliTool tool, String... args) {
        return of(tool, Map.of(), args);
    }

    /** A completion request for a command line typed so far (cursor at its end). */
    static CliRun complete(CliTool tool, String line, String cur, String prev) {
        return of(tool, Map.of("COMP_LINE", line, "COMP_POINT", Integer.toString(line.length())),
                "bashcomplete", tool.exe(), cur, prev);
    }
}
