package dev.jpve.tools;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Test fixture: starts a main class of the test class path in a fresh, quick-starting JVM. */
final class ChildJvm {
    private ChildJvm() {}

    static ProcessBuilder builder(Class<?> mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"),
                "--enable-native-access=ALL-UNNAMED", "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m",
                mainClass.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    static Process start(Class<?> mainClass, String... args) throws IOException {
        return builder(mainClass, args).start();
    }
}
