package dev.jpve.node.app;

import dev.jpve.tools.Command;
import dev.jpve.tools.CommandException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs a command with a timeout, keeping its output away from the terminal. */
final class QuietCommand {
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private QuietCommand() {}

    /**
     * Runs the command and returns its standard output lines.
     *
     * @throws CommandException {@code <what>: <the command's last stderr line or exit code>}
     */
    static List<String> run(String what, List<String> argv) {
        List<String> out = new ArrayList<>();
        List<String> err = new ArrayList<>();
        try {
            Command.of(argv).timeout(TIMEOUT).outfunc(out::add).errfunc(err::add).run();
        } catch (CommandException e) {
            String reason = err.isEmpty() ? e.getMessage().strip() : err.getLast();
            throw new CommandException(what + ": " + reason, e);
        }
        return out;
    }
}
