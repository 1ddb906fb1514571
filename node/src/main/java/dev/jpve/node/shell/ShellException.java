package dev.jpve.node.shell;

/** A failure of a jpvesh command, printed as its message (upstream's plain {@code die}). */
final class ShellException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ShellException(String message) {
        super(message, null, false, false);
    }
}
