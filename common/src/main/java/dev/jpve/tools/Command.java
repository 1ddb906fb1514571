package dev.jpve.tools;

import dev.jpve.tools.internal.command.CommandRun;
import dev.jpve.tools.internal.command.Invocation;
import dev.jpve.tools.internal.command.RunOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A command to run, upstream's {@code run_command}: an immutable value whose option methods
 * return changed copies, and {@link #run()} which executes it.
 *
 * <p>The three upstream forms: {@link #of(List)} (an argv, executed directly with PATH lookup),
 * {@link #shell(String)} (a command line: {@code /bin/bash -c "set -o pipefail && …"} when it
 * contains {@code |}, else Perl's one-argument exec rule: {@code /bin/sh -c} when it has shell
 * metacharacters, otherwise split on whitespace and executed directly), and
 * {@link #pipeline(List[])} (members joined by {@code |} and run by bash with pipefail; words
 * are quoted, {@link Arg#raw} fragments inserted verbatim). A one-element argv follows the
 * string rule, as Perl's {@code exec} does.
 *
 * <p>The child runs in a process group of its own with {@code LC_ALL=C} (unless
 * {@link #keeplocale()}) and {@code LVM_SUPPRESS_FD_WARNINGS=1} added to the environment, and
 * only descriptors 0, 1 and 2. Output lines are decoded as UTF-8 and handed to the callbacks on
 * the calling thread in arrival order; {@code input} is written by another thread, so a child
 * that floods output before reading its input cannot deadlock the run. On timeout, a failing
 * callback, a read error or interruption the child's whole process group is killed.
 *
 * <p>Upstream's unknown-parameter error ({@code got unknown parameter 'x' for run_command})
 * cannot occur: the options are methods.
 *
 * {@snippet :
 * int rc = Command.of("qemu-img", "snapshot", "-c", name, file)
 *     .timeout(Duration.ofSeconds(30))
 *     .outfunc(log::info)
 *     .errmsg("snapshot failed")
 *     .run();                       // throws CommandException unless noerr()
 * }
 */
public final class Command {
    private final Invocation invocation;
    private final RunOptions options;

    private Command(Invocation invocation, RunOptions options) {
        this.invocation = invocation;
        this.options = options;
    }

    /** A program and its arguments, executed directly (no shell); see the class comment. */
    public static Command of(String program, String... args) {
        List<String> argv = new ArrayList<>(args.length + 1);
        argv.add(Objects.requireNonNull(program, "program"));
        argv.addAll(Arrays.asList(args));
        return of(argv);
    }

    /**
     * An argv list, executed directly; an empty list fails at {@link #run()} with
     * {@code command '' failed: open3: not enough arguments\n}.
     *
     * @throws IllegalArgumentException if an element contains NUL (it cannot be quoted)
     */
    public static Command of(List<String> argv) {
        Objects.requireNonNull(argv, "argv");
        argv.forEach(a -> Objects.requireNonNull(a, "argv element"));
        return new Command(Invocation.ofArgv(argv), RunOptions.NONE);
    }

    /** A command line (upstream's string form); see the class comment for how it is executed. */
    public static Command shell(String commandLine) {
        return new Command(Invocation.ofString(Objects.requireNonNull(commandLine, "commandLine")),
                RunOptions.NONE);
    }

    /**
     * A pipeline: each member is a list of {@link String} words and {@link Arg}s.
     *
     * @throws IllegalArgumentException if there is no member or an element is neither a
     *     {@code String} nor an {@code Arg}
     */
    @SafeVarargs
    public static Command pipeline(List<?>... members) {
        return pipeline(Arrays.asList(members));
    }

    /** A pipeline given as a list of members; see {@link #pipeline(List[])}. */
    public static Command pipeline(List<? extends List<?>> members) {
        Objects.requireNonNull(members, "members");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("pipeline needs at least one member");
        }
        List<List<Arg>> typed = members.stream().map(Command::toArgs).toList();
        return new Command(Invocation.ofPipeline(typed), RunOptions.NONE);
    }

    private static List<Arg> toArgs(List<?> member) {
        Objects.requireNonNull(member, "pipeline member");
        return member.stream().map(e -> switch (e) {
            case String s -> Arg.word(s);
            case Arg a -> a;
            case null -> throw new IllegalArgumentException("pipeline element is null");
            default -> throw new IllegalArgumentException(
                    "pipeline element must be a String or an Arg: " + e.getClass().getName());
        }).toList();
    }

    /**
     * What is executed: the program and its arguments. Not shown: the {@code /bin/sh} prelude
     * that applies a {@link #umask}, and that for Perl's {@code /bin/sh -c} case the process
     * sees {@code argv[0] = "sh"} as under Perl.
     */
    public List<String> argv() {
        return invocation.argv();
    }

    /** The command as shown in error messages (upstream's {@code $cmdstr}). */
    public String cmdstr() {
        return invocation.cmdstr();
    }

    /**
     * Limits the whole run (from spawn to reaping) to {@code limit}; zero means no limit. On
     * expiry the child's whole process group is killed and {@code command '…' failed: got
     * timeout\n} is thrown, even with {@link #noerr()} or {@link #errmsg}.
     */
    public Command timeout(Duration limit) {
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + limit);
        }
        return with(b -> b.timeout = limit.isZero() ? null : limit);
    }

    /** Runs the child with this umask (0 to 0777); the JVM's own umask is never touched. */
    public Command umask(int mask) {
        if (mask < 0 || mask > 0777) {
            throw new IllegalArgumentException("umask must be within 0..0777: " + Integer.toOctalString(mask));
        }
        return with(b -> b.umask = mask);
    }

    /**
     * Reports failures as {@code <message>: <error>\n} and withholds the last stderr line to use
     * it as that error (upstream's {@code errmsg}); an empty message turns the mode off.
     */
    public Command errmsg(String message) {
        Objects.requireNonNull(message, "message");
        return with(b -> b.errmsg = message.isEmpty() || message.equals("0") ? null : message);
    }

    /** Writes {@code text} (UTF-8) to the child's stdin, then closes it. */
    public Command input(String text) {
        return input(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code data} to the child's stdin, then closes it. */
    public Command input(byte[] data) {
        byte[] copy = Objects.requireNonNull(data, "data").clone();
        return with(b -> {
            b.input = copy;
            b.stdinFrom = null;
        });
    }

    /** Gives the child a duplicate of this process' descriptor {@code fd} as stdin ({@code <&N}). */
    public Command inputFrom(int fd) {
        checkFd(fd);
        return with(b -> {
            b.stdinFrom = new RunOptions.Redirect.Descriptor(fd);
            b.input = null;
        });
    }

    /** Gives the child {@code file}, opened read-only, as stdin. */
    public Command inputFrom(Path file) {
        Objects.requireNonNull(file, "file");
        return with(b -> {
            b.stdinFrom = new RunOptions.Redirect.File(file);
            b.input = null;
        });
    }

    /** Gives the child a duplicate of descriptor {@code fd} as stdout ({@code >&N}); no outfunc. */
    public Command outputTo(int fd) {
        checkFd(fd);
        return with(b -> b.stdoutTo = new RunOptions.Redirect.Descriptor(fd));
    }

    /** Gives the child {@code file} (created or truncated, mode 0666 less umask) as stdout. */
    public Command outputTo(Path file) {
        Objects.requireNonNull(file, "file");
        return with(b -> b.stdoutTo = new RunOptions.Redirect.File(file));
    }

    /** Calls {@code callback} with each stdout line (without terminator), on the caller's thread. */
    public Command outfunc(Consumer<String> callback) {
        Objects.requireNonNull(callback, "callback");
        return with(b -> b.outfunc = callback);
    }

    /** Calls {@code callback} with each stderr line; in errmsg mode see {@link #errmsg}. */
    public Command errfunc(Consumer<String> callback) {
        Objects.requireNonNull(callback, "callback");
        return with(b -> b.errfunc = callback);
    }

    /** Calls {@code callback} with every stdout and stderr line, after outfunc/errfunc. */
    public Command logfunc(Consumer<String> callback) {
        Objects.requireNonNull(callback, "callback");
        return with(b -> b.logfunc = callback);
    }

    /** Calls {@code action} on the caller's thread right after the child was spawned. */
    public Command afterfork(Runnable action) {
        Objects.requireNonNull(action, "action");
        return with(b -> b.afterfork = action);
    }

    /** Returns the exit code instead of throwing (timeouts still throw). */
    public Command noerr() {
        return noerr(true);
    }

    /** Sets or clears {@link #noerr()}. */
    public Command noerr(boolean enabled) {
        return with(b -> b.noerr = enabled);
    }

    /** Keeps the caller's locale (by default the child gets {@code LC_ALL=C}). */
    public Command keeplocale() {
        return keeplocale(true);
    }

    /** Sets or clears {@link #keeplocale()}. */
    public Command keeplocale(boolean enabled) {
        return with(b -> b.keeplocale = enabled);
    }

    /** Drops output no callback consumes instead of copying it to System.out / System.err. */
    public Command quiet() {
        return quiet(true);
    }

    /** Sets or clears {@link #quiet()}. */
    public Command quiet(boolean enabled) {
        return with(b -> b.quiet = enabled);
    }

    /**
     * Runs the command and waits for it (and for every holder of its stdout/stderr).
     *
     * @return the exit code: 0, or the tolerated code (noerr, rsync's 24), or -1 when there was
     *     none (signal, exec failure, callback error) and noerr suppressed the error
     * @throws CommandException with upstream's exact text (see the class comment)
     */
    public int run() {
        return new CommandRun(invocation, options).run();
    }

    @Override
    public String toString() {
        return "Command[" + cmdstr() + "]";
    }

    private Command with(Consumer<RunOptions.Builder> change) {
        return new Command(invocation, options.with(change));
    }

    private static void checkFd(int fd) {
        if (fd < 0) {
            throw new IllegalArgumentException("fd must not be negative: " + fd);
        }
    }
}
