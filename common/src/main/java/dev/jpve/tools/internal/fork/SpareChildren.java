package dev.jpve.tools.internal.fork;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Child JVMs for {@link dev.jpve.tools.Fork}, one kept started ahead of need: a JVM takes a few
 * hundred milliseconds to start and load the JSON machinery, so the next child is started in the
 * background as soon as the current one is taken. Each child serves exactly one task and is
 * killed afterwards, as upstream's forked child is; a spare that is never used ends when this
 * JVM ends (its standard input closes).
 */
public final class SpareChildren {
    private static final List<String> FAST_START = List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xss512k", "--enable-native-access=ALL-UNNAMED");
    private static final AtomicReference<Process> SPARE = new AtomicReference<>();

    private SpareChildren() {}

    /** A started child waiting for its request; the next spare is started in the background. */
    public static Process take() throws IOException {
        Process child = SPARE.getAndSet(null);
        if (child == null || !child.isAlive()) {
            child = start();
        }
        Thread.ofPlatform().daemon().name("jpve-fork-spare").start(SpareChildren::replenish);
        return child;
    }

    private static void replenish() {
        try {
            Process fresh = start();
            if (!SPARE.compareAndSet(null, fresh)) {
                fresh.destroyForcibly();
            }
        } catch (IOException e) {
            // no spare this time; the next take() starts a child itself and reports the failure
        }
    }

    private static Process start() throws IOException {
        return new ProcessBuilder(command())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static List<String> command() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(FAST_START);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ForkMain.class.getName());
        return command;
    }
}
