package dev.jpve.node;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A jpve node running as a process of its own ({@code jpve start} on a data directory, HTTPS on a
 * free port), started from this test's class path and stopped with SIGTERM as systemd stops it.
 */
public final class NodeProcess implements AutoCloseable {
    static final String PASSWORD = "e2e-secret";
    private static final Pattern LISTENING = Pattern.compile("listening on https://127\\.0\\.0\\.1:(\\d+)/api2/json");

    private final Process process;
    private final int port;
    private final List<String> output = new ArrayList<>();

    private NodeProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a node named {@code node} on {@code data} and waits until it listens. */
    static NodeProcess start(Path data, String node) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(java(), "--enable-native-access=ALL-UNNAMED", "-cp", classPath(),
                NodeMain.class.getName(), "start", "--data", data.toString(), "--port", "0", "--node", node);
        pb.environment().put("JPVE_ROOT_PASSWORD", PASSWORD);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            seen.add(line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                NodeProcess started = new NodeProcess(p, Integer.parseInt(m.group(1)));
                started.output.addAll(seen);
                Thread.ofVirtual().start(() -> started.drain(out));
                return started;
            }
        }
        throw new IllegalStateException("the node ended before listening:\n" + String.join("\n", seen));
    }

    private void drain(BufferedReader out) {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                synchronized (output) {
                    output.add(line);
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    /** The HTTPS port. */
    int port() {
        return port;
    }

    /** The API's base URL. */
    String url() {
        return "https://127.0.0.1:" + port;
    }

    /** What the node printed so far. */
    List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    @Override
    public void close() {
        process.destroy(); // SIGTERM
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** This test's own class and module path, on which the node's main classes are found. */
    static String classPath() {
        List<String> parts = new ArrayList<>();
        for (String prop : List.of("jdk.module.path", "java.class.path")) {
            String v = System.getProperty(prop);
            if (v != null && !v.isEmpty()) {
                parts.add(v);
            }
        }
        return String.join(File.pathSeparator, parts);
    }

    /** Runs a launcher script of the checkout ({@code jpvesh}, {@code jpve-app}) on this class path. */
    public static Run launcher(String script, Path data, List<String> env, String... args) {
        Path top = Path.of("").toAbsolutePath().getParent();
        List<String> cmd = new ArrayList<>(List.of(top.resolve(script).toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("JPVE_DATA", data.toString());
        pb.environment().put("JPVE_CLASSPATH", classPath());
        for (int i = 0; i < env.size(); i += 2) {
            pb.environment().put(env.get(i), env.get(i + 1));
        }
        try {
            Path errFile = java.nio.file.Files.createTempFile("jpve-e2e", ".err");
            pb.redirectError(errFile.toFile());
            Process p = pb.start();
            p.getOutputStream().close();
            String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(script + " did not end");
            }
            String stderr = java.nio.file.Files.readString(errFile);
            java.nio.file.Files.delete(errFile);
            return new Run(p.exitValue(), stdout, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How a launcher ran. */
    public record Run(int status, String out, String err) {}
}
