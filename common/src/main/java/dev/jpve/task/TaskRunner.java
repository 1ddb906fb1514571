package dev.jpve.task;

import dev.jpve.procfs.ProcessCheck;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

/**
 * Starts tasks (upstream's {@code fork_worker}): a worker gets a UPID, a task log at the path the
 * UPID gives and a warning counter; the active list and the index are kept as upstream keeps
 * them; the log ends with {@code TASK OK}, {@code TASK WARNINGS: n} or {@code TASK ERROR: msg}.
 *
 * <p>Workers run on their own (virtual) thread of this process, so a task's UPID carries this
 * process's id and start time; while the process runs, a task counts as running exactly as
 * long as its worker does. {@link #start} returns at once (the API daemons' mode);
 * {@link #run} waits and shows the log on a terminal as well (the command line's mode).
 *
 * {@snippet :
 * TaskRunner tasks = TaskRunner.create(TaskLogDirectory.DEFAULT, "node1");
 * StartedTask started = tasks.start("vzdump", "100", "root@pam", task -> {
 *     task.log("starting backup");
 *     task.warn("disk is almost full");
 * });
 * TaskResult end = started.completion().join();   // status "WARNINGS: 1"
 * }
 */
public final class TaskRunner {
    private static final String INTERRUPTED = "received interrupt";

    private final TaskLogDirectory dir;
    private final String node;
    private final ActiveTasks active;
    private final BiConsumer<String, String> clusterLog;
    private final LongSupplier clock;
    private final long pid;
    private final long pstart;
    private final Map<String, Running> running = new ConcurrentHashMap<>();

    /** A task in progress; the thread is set before the task is listed. */
    private static final class Running {
        final AtomicBoolean stop = new AtomicBoolean();
        final CompletableFuture<TaskResult> done = new CompletableFuture<>();
        Thread thread;
    }

    private record OpenedLog(Upid upid, OutputStream out) {}

    private TaskRunner(TaskLogDirectory dir, String node, BiConsumer<String, String> clusterLog, LongSupplier clock) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.node = Objects.requireNonNull(node, "node");
        this.clusterLog = Objects.requireNonNull(clusterLog, "clusterLog");
        this.clock = clock;
        this.pid = ProcessHandle.current().pid();
        this.pstart = ProcessCheck.startTime(pid);
        this.active = new ActiveTasks(dir, this::processRuns, clock);
    }

    /** A runner writing to {@code dir}, logging task starts and ends through the system logger. */
    public static TaskRunner create(TaskLogDirectory dir, String node) {
        System.Logger logger = System.getLogger("dev.jpve.task");
        return create(dir, node, (user, msg) -> logger.log(System.Logger.Level.INFO, "<" + user + "> " + msg));
    }

    /**
     * A runner writing to {@code dir}.
     *
     * @param clusterLog receives (user, message) for {@code starting task UPID} and
     *     {@code end task UPID STATUS} (upstream's {@code log_cluster_msg})
     */
    public static TaskRunner create(TaskLogDirectory dir, String node, BiConsumer<String, String> clusterLog) {
        return new TaskRunner(dir, node, clusterLog, () -> System.currentTimeMillis() / 1000);
    }

    /** The directory of the task logs. */
    public TaskLogDirectory logDirectory() {
        return dir;
    }

    /** The active list and index this runner keeps. */
    public ActiveTasks activeTasks() {
        return active;
    }

    /**
     * Starts a task and returns at once.
     *
     * @param type the task type ({@code qmstart}, {@code vzdump}, ...)
     * @param id the object it works on, may be empty
     * @param user who started it
     * @throws UncheckedIOException if the task log cannot be created
     */
    public StartedTask start(String type, String id, String user, TaskWorker worker) {
        return launch(type, id, user, worker, Optional.empty());
    }

    /**
     * Runs a task and waits for it, showing its output on {@code terminal} as well as writing it
     * to the log; a failure's message, or {@code Task finished with N warning(s)!}, goes to
     * {@code errors}.
     */
    public TaskResult run(String type, String id, String user, TaskWorker worker, PrintStream terminal,
            PrintStream errors) {
        return launch(type, id, user, worker, Optional.of(new Terminal(terminal, errors))).completion().join();
    }

    /**
     * When a task of this runner ends; empty if it is not running (any more). Callers that start
     * tasks themselves get the end from {@link StartedTask#completion()} without this race.
     */
    public Optional<CompletableFuture<TaskResult>> completion(Upid upid) {
        return Optional.ofNullable(running.get(upid.encode())).map(r -> r.done);
    }

    /** Whether the task runs in this runner. */
    public boolean isRunning(Upid upid) {
        return running.containsKey(upid.encode());
    }

    /**
     * Whether a task runs (in this runner, or as another process), and if not, its exit status
     * from its log.
     */
    public TaskState state(Upid upid) {
        if (processRuns(upid)) {
            return new TaskState(upid, true, Optional.empty());
        }
        return new TaskState(upid, false, Optional.of(dir.readStatus(upid.encode())));
    }

    /**
     * Asks a task to stop: its worker thread is interrupted and the task ends with
     * {@code TASK ERROR: received interrupt} once the worker returns.
     *
     * @return whether the task was running
     */
    public boolean stop(Upid upid) {
        Running r = running.get(upid.encode());
        if (r == null) {
            return false;
        }
        r.stop.set(true);
        r.thread.interrupt();
        return true;
    }

    private record Terminal(PrintStream out, PrintStream err) {}

    private StartedTask launch(String type, String id, String user, TaskWorker worker, Optional<Terminal> terminal) {
        OpenedLog log = createLog(type, id, user);
        Upid upid = log.upid();
        Running r = new Running();
        r.thread = Thread.ofVirtual().name("task " + upid.encode()).unstarted(
                () -> execute(upid, user, worker, log.out(), terminal, r));
        running.put(upid.encode(), r);
        clusterLog.accept(user, "starting task " + upid.encode());
        active.update(Optional.of(upid), true);
        r.thread.start();
        return new StartedTask(upid, r.done);
    }

    private OpenedLog createLog(String type, String id, String user) {
        Upid upid = new Upid(node, pid, pstart, clock.getAsLong(), type, id, user);
        while (true) {
            Optional<OutputStream> created = openLog(upid);
            if (created.isPresent()) {
                return new OpenedLog(upid, created.get());
            }
            // the same task started twice in one second: keep UPIDs (and log files) unique
            upid = new Upid(node, pid, pstart, upid.starttime() + 1, type, id, user);
        }
    }

    private void execute(Upid upid, String user, TaskWorker worker, OutputStream logFile, Optional<Terminal> terminal,
            Running r) {
        String status = "unexpected status";
        try (logFile; PrintStream log = new PrintStream(new Tee(logFile, terminal.map(Terminal::out)), true,
                StandardCharsets.UTF_8)) {
            Context ctx = new Context(upid, log, r.stop);
            String error = null;
            try {
                worker.run(ctx);
            } catch (Throwable e) {
                error = r.stop.get() ? INTERRUPTED : errorText(e);
            }
            if (error == null && r.stop.get()) {
                error = INTERRUPTED;
            }
            finish(log, logFile, terminal, error, ctx.warnings());
            status = error != null ? error : ctx.warnings() > 0 ? "WARNINGS: " + ctx.warnings() : TaskStatus.OK;
        } catch (IOException | UncheckedIOException e) {
            System.getLogger("dev.jpve.task").log(System.Logger.Level.ERROR,
                    "task " + upid.encode() + ": unable to write the task log - " + e.getMessage());
        } finally {
            running.remove(upid.encode());
            try {
                active.update();
            } finally {
                clusterLog.accept(user, "end task " + upid.encode() + " " + status);
                r.done.complete(new TaskResult(upid, status));
            }
        }
    }

    private static void finish(PrintStream log, OutputStream logFile, Optional<Terminal> terminal, String error,
            int warnings) {
        log.flush();
        String line = error != null ? "TASK ERROR: " + error : warnings > 0 ? "TASK WARNINGS: " + warnings : "TASK OK";
        // on a terminal upstream starts the final line on a new line for the web UI
        String prefix = terminal.isPresent() && !line.equals("TASK OK") ? "\n" : "";
        try {
            logFile.write((prefix + line + "\n").getBytes(StandardCharsets.UTF_8));
            logFile.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        terminal.ifPresent(t -> {
            if (error != null) {
                t.err().println(error);
            } else if (warnings > 0) {
                t.err().println("Task finished with " + warnings + " warning(s)!");
            }
        });
    }

    static String errorText(Throwable e) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        while (msg.endsWith("\n")) {
            msg = msg.substring(0, msg.length() - 1);
        }
        return msg.replace('\n', ' ');
    }

    /** Creates the log file; empty if it exists already. */
    private Optional<OutputStream> openLog(Upid upid) {
        Path file = dir.logFile(upid);
        try {
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r-----")));
            chownToWebUser(file);
            return Optional.of(Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("upid_open failed - unable to create output file '" + file + "' - "
                    + e.getMessage(), e);
        }
    }

    private static void chownToWebUser(Path file) throws IOException {
        try {
            var www = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("www-data");
            Files.setOwner(file, www);
        } catch (UserPrincipalNotFoundException | UnsupportedOperationException e) {
            // no web server user on this machine: the file stays ours
        } catch (IOException e) {
            // not root: the file stays ours, as upstream's chown fails silently too
        }
    }

    private boolean processRuns(Upid upid) {
        if (upid.pid() == pid && upid.pstart() == pstart) {
            return running.containsKey(upid.encode());
        }
        return ProcessCheck.running(upid.pid(), upid.pstart()).isPresent();
    }

    /** The worker's view of its task. */
    private static final class Context implements TaskContext {
        private final Upid upid;
        private final PrintStream out;
        private final AtomicBoolean stop;
        private final AtomicInteger warnings = new AtomicInteger();

        Context(Upid upid, PrintStream out, AtomicBoolean stop) {
            this.upid = upid;
            this.out = out;
            this.stop = stop;
        }

        @Override
        public Upid upid() {
            return upid;
        }

        @Override
        public PrintStream out() {
            return out;
        }

        @Override
        public void warn(String message) {
            String m = message.endsWith("\n") ? message.substring(0, message.length() - 1) : message;
            out.println("WARN: " + m);
            warnings.incrementAndGet();
        }

        @Override
        public int warnings() {
            return warnings.get();
        }

        @Override
        public boolean stopRequested() {
            return stop.get();
        }
    }

    /** Writes to the log file and, for a command line task, to the terminal. */
    private static final class Tee extends OutputStream {
        private final OutputStream file;
        private final Optional<PrintStream> terminal;

        Tee(OutputStream file, Optional<PrintStream> terminal) {
            this.file = file;
            this.terminal = terminal;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            file.write(b);
            terminal.ifPresent(t -> t.write(b));
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            file.write(b, off, len);
            terminal.ifPresent(t -> t.write(b, off, len));
        }

        @Override
        public synchronized void flush() throws IOException {
            file.flush();
            terminal.ifPresent(PrintStream::flush);
        }

        @Override
        public void close() throws IOException {
            flush(); // the file is closed once the final line is written
        }
    }
}
