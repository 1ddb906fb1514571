package dev.jpve.cli;

/** A command line Getopt::Long refuses; the message is the warning it prints, such as {@code Unknown option: x}. */
public final class GetoptException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with Getopt's warning text. */
    public GetoptException(String warning) {
        super(warning);
    }
}
