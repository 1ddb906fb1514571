package dev.jpve.tools.internal.command;

import dev.jpve.tools.posix.ErrnoException;
import dev.jpve.tools.posix.Fd;
import dev.jpve.tools.posix.HeapIo;

/**
 * The I/O of one run: pool threads read stdout and stderr in large chunks into an
 * {@link EventQueue} and write the input, so the running thread only consumes events. Each
 * thread owns its descriptor and closes it when done.
 */
final class IoSession implements AutoCloseable {
    private static final int QUEUE_CAPACITY = 64;
    private final EventQueue queue = new EventQueue(QUEUE_CAPACITY);
    private int stdinWrite;
    private int openStreams;

    private IoSession(int stdinWrite) {
        this.stdinWrite = stdinWrite;
    }

    /**
     * Starts reading the child's pipes in {@code stdio}; a stream marked discard is drained
     * without reporting its data.
     */
    static IoSession start(ChildStdio stdio, boolean discardStdout, boolean discardStderr) {
        IoSession session = new IoSession(stdio.takeStdinWrite());
        session.read(stdio.takeStdoutRead(), IoEvent.STDOUT, discardStdout);
        session.read(stdio.takeStderrRead(), IoEvent.STDERR, discardStderr);
        return session;
    }

    /** Writes {@code input} (if any) to the child's stdin on a pool thread, then closes it. */
    void startInput(byte[] input) {
        int fd = stdinWrite;
        stdinWrite = -1;
        if (fd < 0) {
            return;
        }
        if (input == null || input.length == 0) {
            Fd.closeQuietly(fd);
            return;
        }
        IoThreads.execute(() -> write(fd, input));
    }

    /** Streams not yet at end of file. */
    int openStreams() {
        return openStreams;
    }

    /** The next event, or null when {@code deadline} passed; tracks end of file. */
    IoEvent next(Deadline deadline) throws InterruptedException {
        IoEvent event = queue.take(deadline);
        if (event instanceof IoEvent.End) {
            openStreams--;
        }
        return event;
    }

    /** Abandons the session: queued and later output is dropped, the threads finish on EOF. */
    @Override
    public void close() {
        Fd.closeQuietly(stdinWrite);
        stdinWrite = -1;
        queue.close();
    }

    private void read(int fd, int stream, boolean discard) {
        if (fd < 0) {
            return;
        }
        openStreams++;
        IoThreads.execute(() -> pump(fd, stream, discard));
    }

    private void pump(int fd, int stream, boolean discard) {
        // the descriptor is closed before End is reported, so a finished run leaves none open
        IoEvent last = new IoEvent.End(stream);
        try {
            if (discard) {
                while (HeapIo.skipChunk(fd) > 0) {
                    // drained, not reported
                }
            } else {
                for (byte[] chunk = HeapIo.readChunk(fd); chunk.length > 0; chunk = HeapIo.readChunk(fd)) {
                    queue.put(new IoEvent.Data(stream, chunk));
                }
            }
        } catch (ErrnoException e) {
            last = new IoEvent.Failed(e);
        } finally {
            Fd.closeQuietly(fd);
        }
        queue.put(last);
    }

    private void write(int fd, byte[] input) {
        try {
            HeapIo.writeFully(fd, input);
        } catch (ErrnoException e) {
            // EPIPE: the child closed its stdin early; its exit status tells what happened
            if (e.errno() != HeapIo.EPIPE) {
                queue.put(new IoEvent.Failed(e));
            }
        } finally {
            Fd.closeQuietly(fd);
        }
    }
}
