package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SocketCommandTest {
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void captureStdout() {
        originalOut = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStdout() {
        System.setOut(originalOut);
    }

    @Test
    void servesOneClientToTheCommandAndReportsItsExitCode() throws Exception {
        int port = freePort();
        CompletableFuture<String> reply = CompletableFuture.supplyAsync(() -> talk(port, "hello\n"));
        assertThatThrownBy(() -> SocketCommand.pipeSocketToCommand(
                List.of("sh", "-c", "read x; echo got:$x; exit 5"), "127.0.0.1", port))
                .isInstanceOf(CommandException.class).hasMessage("exit code 5\n");
        assertThat(reply.get(2, TimeUnit.MINUTES)).isEqualTo("got:hello\n");
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("127.0.0.1\n" + port + "\n");
    }

    @Test
    void aSuccessfulCommandReturnsNormallyAfterTheClientClosedItsSide() throws Exception {
        int port = freePort();
        CompletableFuture<String> reply = CompletableFuture.supplyAsync(() -> talk(port, "a\nb\n"));
        SocketCommand.pipeSocketToCommand(List.of("cat"), "127.0.0.1", port);
        assertThat(reply.get(2, TimeUnit.MINUTES)).isEqualTo("a\nb\n");
    }

    @Test
    void aPortInUseFailsWithUpstreamsText() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> SocketCommand.pipeSocketToCommand(List.of("true"), "127.0.0.1",
                    taken.getLocalPort()))
                    .isInstanceOf(CommandException.class)
                    .hasMessage("failed to open socket: Address already in use\n");
        }
    }

    @Test
    void aCommandKilledBySignalIsReportedAsUpstreamDoes() throws Exception {
        int port = freePort();
        CompletableFuture<String> reply = CompletableFuture.supplyAsync(() -> talk(port, ""));
        assertThatThrownBy(() -> SocketCommand.pipeSocketToCommand(
                List.of("sh", "-c", "kill -9 $$"), "127.0.0.1", port))
                .isInstanceOf(CommandException.class).hasMessage("got signal 9\n");
        assertThat(reply.get(2, TimeUnit.MINUTES)).isEmpty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    /** Connects (retrying until the listener is up), sends, half-closes, and reads the reply. */
    private static String talk(int port, String message) {
        long giveUp = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
                socket.shutdownOutput();
                return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.net.ConnectException e) {
                if (System.nanoTime() > giveUp) {
                    throw new IllegalStateException(e);
                }
                Thread.onSpinWait();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
