package dev.jpve.tools;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Test child process: rewrites {@code args[0]} forever with {@link FileContents#set}, alternating
 * between two complete versions ({@link #version(int)}); prints {@code writing} on stdout after
 * the first complete write.
 * {@link FileContentsSystemTest} kills it with SIGKILL at random moments.
 */
public final class AtomicWriterMain {
    static final int SIZE = 1024 * 1024;

    private AtomicWriterMain() {}

    /** Version {@code n} (0 or 1): {@link #SIZE} bytes, all {@code 'a' + n}. */
    static byte[] version(int n) {
        byte[] data = new byte[SIZE];
        java.util.Arrays.fill(data, (byte) ('a' + n));
        return data;
    }

    /** Runs until killed; {@code args[0]} is the target file. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        byte[][] versions = {version(0), version(1)};
        FileContents.set(target, versions[1], 0644); // binds the native calls before reporting
        System.out.println("writing");
        System.out.flush();
        for (int i = 0; ; i ^= 1) {
            FileContents.set(target, versions[i], 0644);
        }
    }
}
