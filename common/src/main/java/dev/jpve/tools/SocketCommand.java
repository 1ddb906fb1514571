package dev.jpve.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One TCP connection served to a command: upstream's {@code pipe_socket_to_command}.
 *
 * <p>Listens on {@code ip:port}, prints {@code "<ip>\n<port>\n"} to standard output (the remote
 * side reads it to know where to connect), accepts one client within 30 seconds and connects it
 * to the command's standard input and output; standard error stays the caller's.
 *
 * <p>Upstream hands the socket itself to the command as its descriptors 0 and 1. The JDK cannot
 * give a socket to a child process, so jpve copies bytes both ways between the socket and the
 * command's pipes, passing end-of-file on in each direction. A command that inspects its
 * descriptors (getpeername, setsockopt) sees pipes instead of a socket.
 */
public final class SocketCommand {
    private static final Duration ACCEPT_TIMEOUT = Duration.ofSeconds(30);

    private SocketCommand() {}

    /**
     * Serves one connection on {@code ip:port} to {@code argv} (executed directly, PATH lookup)
     * and waits for the command to end.
     *
     * @throws CommandException with upstream's texts: {@code failed to open socket: <errno>\n},
     *     {@code timed out waiting for client\n}, {@code exit code E\n}; a command killed by
     *     signal N is reported as {@code exit code 128+N} (the JDK hides the raw wait status)
     */
    public static void pipeSocketToCommand(List<String> argv, String ip, int port) {
        Objects.requireNonNull(argv, "argv");
        Objects.requireNonNull(ip, "ip");
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("argv must name a program");
        }
        try (Socket client = acceptOne(ip, port)) {
            int exit = serve(argv, client);
            if (exit != 0) {
                throw new CommandException("exit code " + exit + "\n");
            }
        } catch (IOException e) {
            throw new CommandException(e.getMessage() + "\n", e);
        }
    }

    private static Socket acceptOne(String ip, int port) throws IOException {
        ServerSocket listener = new ServerSocket();
        try (listener) {
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(ip, port), 1);
            PrintStream out = System.out;
            out.print(ip + "\n" + port + "\n");
            out.flush();
            listener.setSoTimeout((int) ACCEPT_TIMEOUT.toMillis());
            return listener.accept();
        } catch (SocketTimeoutException e) {
            throw new CommandException("timed out waiting for client\n", e);
        } catch (IOException e) {
            if (!listener.isBound()) {
                throw new CommandException("failed to open socket: " + e.getMessage() + "\n", e);
            }
            throw e;
        }
    }

    private static int serve(List<String> argv, Socket client) throws IOException {
        Process command = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        OutputStream commandStdin = command.getOutputStream();
        InputStream commandStdout = command.getInputStream();
        Thread toCommand = pump(client.getInputStream(), commandStdin, () -> closeQuietly(commandStdin));
        Thread toClient = pump(commandStdout, client.getOutputStream(), () -> {
            closeQuietly(commandStdout);
            shutdownOutput(client);
        });
        try {
            int exit = command.waitFor();
            toClient.join();
            return exit;
        } catch (InterruptedException e) {
            command.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            toCommand.interrupt();
            client.close();
        }
    }

    /**
     * Copies until end of file, then runs {@code atEnd} (which passes the end of file on; a
     * socket's streams must not be closed, that would close the whole connection).
     */
    private static Thread pump(InputStream from, OutputStream to, Runnable atEnd) {
        return Thread.ofPlatform().daemon().name("jpve-socket-pump").start(() -> {
            try {
                from.transferTo(to);
                to.flush();
            } catch (IOException e) {
                // the other side went away: the command's exit status tells the story
            } finally {
                atEnd.run();
            }
        });
    }

    private static void closeQuietly(java.io.Closeable stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private static void shutdownOutput(Socket client) {
        try {
            client.shutdownOutput();
        } catch (IOException e) {
            // already closed
        }
    }
}
