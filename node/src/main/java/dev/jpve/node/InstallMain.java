package dev.jpve.node;

import dev.jpve.cli.ShellCompletionScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code jpve install [--prefix DIR]}: makes the command line tools of a checkout available to a
 * user's shell. It links the launchers into {@code DIR/bin} and writes their bash completions to
 * {@code DIR/share/bash-completion/completions} (which bash-completion reads for
 * {@code ~/.local}) and zsh completions to {@code DIR/share/zsh/site-functions}. The default
 * prefix is {@code ~/.local}; the checkout is the system property {@code jpve.home}, which the
 * launcher sets.
 */
public final class InstallMain {
    /** The launchers, by the name they are installed under. */
    static final List<String> TOOLS = List.of("jpve", "jpvesh", "jpve-app");
    /** The tools with a {@code bashcomplete} command. */
    static final List<String> COMPLETED = List.of("jpvesh", "jpve-app");

    private InstallMain() {}

    /** Runs {@code jpve install}. */
    public static void main(String[] args) {
        try {
            boolean withPrefix = args.length == 2 && args[0].equals("--prefix");
            if (args.length != 0 && !withPrefix) {
                throw new IllegalArgumentException("usage: jpve install [--prefix DIR]");
            }
            Path prefix = withPrefix ? Path.of(args[1]) : Path.of(System.getProperty("user.home"), ".local");
            install(Path.of(System.getProperty("jpve.home", ".")), prefix).forEach(System.out::println);
        } catch (IOException | RuntimeException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.exit(255);
        }
    }

    /**
     * Installs the launchers of the checkout {@code home} under {@code prefix}.
     *
     * @return the paths written, one line each
     * @throws IOException if a file cannot be written
     */
    static List<String> install(Path home, Path prefix) throws IOException {
        Path bin = Files.createDirectories(prefix.resolve("bin"));
        Path bash = Files.createDirectories(prefix.resolve("share/bash-completion/completions"));
        Path zsh = Files.createDirectories(prefix.resolve("share/zsh/site-functions"));
        List<String> done = new ArrayList<>();
        for (String tool : TOOLS) {
            Path target = home.toAbsolutePath().resolve(tool);
            if (!Files.isExecutable(target)) {
                throw new IOException("launcher '" + target + "' is missing: is jpve.home a jpve checkout?");
            }
            Path link = bin.resolve(tool);
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, target);
            done.add(link + " -> " + target);
        }
        for (String tool : COMPLETED) {
            done.add(write(bash.resolve(tool), ShellCompletionScripts.bash(tool)).toString());
            done.add(write(zsh.resolve("_" + tool), ShellCompletionScripts.zsh(tool)).toString());
        }
        return done;
    }

    private static Path write(Path file, String text) throws IOException {
        dev.jpve.tools.FileContents.set(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return file;
    }
}
