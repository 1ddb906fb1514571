package dev.jpve.cli;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads passwords for a command line (upstream's {@code PVE::PTY::read_password} and
 * {@code get_confirmed_password}): on a terminal with a hidden prompt, otherwise one line from
 * standard input without any prompt (so scripts can pipe the password in).
 */
public final class PasswordPrompt {
    private final Optional<Console> console;
    private final InputStream in;

    private PasswordPrompt(Optional<Console> console, InputStream in) {
        this.console = console;
        this.in = in;
    }

    /** The process's terminal if standard input is one, else standard input. */
    public static PasswordPrompt system() {
        Console c = System.console();
        boolean terminal = c != null && c.isTerminal();
        return new PasswordPrompt(terminal ? Optional.of(c) : Optional.empty(), System.in);
    }

    /** Lines from {@code in}, no terminal (for scripts and tests). */
    public static PasswordPrompt lines(InputStream in) {
        return new PasswordPrompt(Optional.empty(), Objects.requireNonNull(in, "in"));
    }

    /**
     * Reads one password.
     *
     * @throws IllegalStateException {@code EOF while reading password\n} when input ends first
     */
    public String read(String query) {
        if (console.isPresent()) {
            char[] pw = console.get().readPassword("%s", query);
            if (pw == null) {
                throw new IllegalStateException("EOF while reading password\n");
            }
            return new String(pw);
        }
        return readLine();
    }

    /**
     * Reads a new password twice ({@code Enter new password: }, {@code Retype new password: }).
     *
     * @throws IllegalStateException {@code passwords do not match\n} if the two differ
     */
    public String readConfirmed() {
        String first = read("Enter new password: ");
        String second = read("Retype new password: ");
        if (!first.equals(second)) {
            throw new IllegalStateException("passwords do not match\n");
        }
        return first;
    }

    /**
     * Upstream's standard {@code pve-password} mapping of the parameter {@code password}: the
     * value given on the command line if it is true, else a new password read twice.
     */
    public ParamMapping mapping() {
        return new ParamMapping("password", "<password>",
                value -> value != null && !value.isEmpty() && !value.equals("0") ? value : readConfirmed(), true);
    }

    private String readLine() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                line.write(b);
            }
            if (b < 0 && line.size() == 0) {
                throw new IllegalStateException("EOF while reading password\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("read error: " + e.getMessage(), e);
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
