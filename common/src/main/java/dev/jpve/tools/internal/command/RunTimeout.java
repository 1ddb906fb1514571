package dev.jpve.tools.internal.command;

/** The run's deadline passed (upstream's {@code got timeout\n}). */
final class RunTimeout extends Exception {
    private static final long serialVersionUID = 1L;

    RunTimeout() {
        super("got timeout\n", null, false, false);
    }
}
