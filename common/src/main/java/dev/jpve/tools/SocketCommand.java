package dev.jpve.tools;

import dev.jpve.tools.posix.ErrnoException;
import dev.jpve.tools.posix.Fd;
import dev.jpve.tools.posix.Processes;
import dev.jpve.tools.posix.Sockets;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One TCP connection served to a command: upstream's {@code pipe_socket_to_command}.
 *
 * <p>Listens on {@code ip:port} ({@code SO_REUSEADDR}, backlog 1), prints
 * {@code "<ip>\n<port>\n"} to standard output (the remote side reads it to know where to
 * connect), accepts one client within 30 seconds and runs the command with the connection as
 * its standard input and output, as upstream does; standard error stays the caller's. The
 * listening socket is closed before the command starts, and the call returns when the command
 * has ended.
 */
public final class SocketCommand {
    private static final Duration ACCEPT_TIMEOUT = Duration.ofSeconds(30);

    private SocketCommand() {}

    /**
     * Serves one connection on {@code ip:port} to {@code argv} (executed directly, PATH lookup).
     *
     * @throws CommandException with upstream's texts: {@code failed to open socket: <errno>\n},
     *     {@code timed out waiting for client\n}, {@code exit code E\n}, {@code got signal N\n}
     */
    public static void pipeSocketToCommand(List<String> argv, String ip, int port) {
        Objects.requireNonNull(argv, "argv");
        Objects.requireNonNull(ip, "ip");
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("argv must name a program");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        int client = acceptOne(ip, port);
        try {
            Command.of(argv).inputFrom(client).outputTo(client).keeplocale().run();
        } catch (CommandException e) {
            throw new CommandException(e.reason(), e.reason(), e);
        } finally {
            Fd.closeQuietly(client);
        }
    }

    private static int acceptOne(String ip, int port) {
        int listener = listen(ip, port);
        try {
            PrintStream out = System.out;
            out.print(ip + "\n" + port + "\n");
            out.flush();
            if (!Processes.awaitReadable(listener, (int) ACCEPT_TIMEOUT.toMillis())) {
                throw new CommandException("timed out waiting for client\n");
            }
            return Sockets.accept(listener);
        } catch (ErrnoException e) {
            throw new CommandException(e.getMessage() + "\n", e);
        } finally {
            Fd.closeQuietly(listener);
        }
    }

    private static int listen(String ip, int port) {
        try {
            return Sockets.listen(InetAddress.getByName(ip), port, 1);
        } catch (ErrnoException | UnknownHostException e) {
            throw new CommandException("failed to open socket: " + e.getMessage() + "\n", e);
        }
    }
}
