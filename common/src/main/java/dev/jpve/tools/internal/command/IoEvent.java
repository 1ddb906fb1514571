package dev.jpve.tools.internal.command;

import dev.jpve.tools.posix.ErrnoException;

/** What the I/O threads report to the thread running the command. */
sealed interface IoEvent {
    /** Index of the child's stdout. */
    int STDOUT = 0;
    /** Index of the child's stderr. */
    int STDERR = 1;

    /** A chunk read from a stream. */
    record Data(int stream, byte[] bytes) implements IoEvent {}

    /** A stream reached end of file. */
    record End(int stream) implements IoEvent {}

    /** Reading or writing failed. */
    record Failed(ErrnoException error) implements IoEvent {}
}
