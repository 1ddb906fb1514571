package dev.jpve.cli;

/**
 * Ends a command with an exit status and nothing more printed, as upstream's output subs do with
 * {@code exit} (for example {@code qm start}, which exits with -1, 255 to the shell, when its task
 * failed: the task's log has already said why).
 */
public final class CliExit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    /** An exit with this status (0 to 255). */
    public CliExit(int status) {
        super("exit " + status, null, false, false);
        if (status < 0 || status > 255) {
            throw new IllegalArgumentException("exit status " + status + " is not in 0..255");
        }
        this.status = status;
    }

    /** The exit status. */
    public int status() {
        return status;
    }
}
