package dev.jpve.task;

import dev.jpve.tools.FileLocks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The active task list and the task index (upstream's {@code active_workers}).
 *
 * <p>Under the flock {@code .active.lock} (10 s): reads {@code active}, drops duplicates, adds
 * a new task; tasks whose process is gone get their end time and the status from their log;
 * finished tasks not yet archived are appended to {@code index} (rotated to {@code index.1}
 * above 50000 bytes); {@code active} is written back with every running task and the most
 * recent finished ones, 25 entries at most. The files are those other PVE tools read.
 */
public final class ActiveTasks {
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);
    private static final int KEEP = 25;
    private static final long INDEX_MAX = 50000;
    /** Waiting for the lock is routine here: nothing is printed about it. */
    private static final java.io.PrintStream QUIET = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());

    private final TaskLogDirectory dir;
    private final Predicate<Upid> running;
    private final LongSupplier clock;

    /**
     * The list in a task directory.
     *
     * @param running whether a task's process still runs
     * @param clock the current time in seconds since the epoch
     */
    public ActiveTasks(TaskLogDirectory dir, Predicate<Upid> running, LongSupplier clock) {
        this.dir = dir;
        this.running = running;
        this.clock = clock;
    }

    /** The list of a task directory, with tasks checked by process id and start time. */
    public static ActiveTasks of(TaskLogDirectory dir) {
        return new ActiveTasks(dir, u -> dev.jpve.procfs.ProcessCheck.running(u.pid(), u.pstart()).isPresent(),
                () -> System.currentTimeMillis() / 1000);
    }

    /** The {@code active} file. */
    public Path activeFile() {
        return dir.root().resolve("active");
    }

    /** The {@code index} file. */
    public Path indexFile() {
        return dir.root().resolve("index");
    }

    /** Updates the files and returns the list; nothing new is added. */
    public List<TaskEntry> update() {
        return update(Optional.empty(), false);
    }

    /**
     * Updates the files, adding a task, and returns the list.
     *
     * @param newTask a task to add, if not listed yet
     * @param assumeRunning whether {@code newTask} counts as running without a check
     * @throws UncheckedIOException if the files cannot be read or written
     */
    public List<TaskEntry> update(Optional<Upid> newTask, boolean assumeRunning) {
        try {
            Files.createDirectories(dir.root());
            return FileLocks.lockFileFull(dir.root().resolve(".active.lock").toString(), LOCK_TIMEOUT, false,
                    () -> updateLocked(newTask, assumeRunning), QUIET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The list as the {@code active} file holds it, without checking or changing anything. */
    public List<TaskEntry> read() throws IOException {
        List<TaskEntry> list = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(activeFile(), StandardCharsets.UTF_8)) {
                TaskEntry.parse(line).ifPresent(list::add);
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        return list;
    }

    private List<TaskEntry> updateLocked(Optional<Upid> newTask, boolean assumeRunning) throws IOException {
        List<TaskEntry> alive = new ArrayList<>();
        List<TaskEntry> ended = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (TaskEntry t : read()) {
            if (seen.add(t.upid().encode())) {
                (running.test(t.upid()) ? alive : ended).add(t);
            }
        }
        if (newTask.isPresent() && seen.add(newTask.get().encode())) {
            TaskEntry t = TaskEntry.running(newTask.get());
            (assumeRunning || running.test(t.upid()) ? alive : ended).add(t);
        }
        ended.sort(Comparator.comparingLong((TaskEntry t) -> t.upid().starttime()).reversed());
        boolean save = newTask.isPresent();
        for (int i = 0; i < ended.size(); i++) {
            TaskEntry t = ended.get(i);
            if (!t.isFinished()) {
                ended.set(i, t.finished(clock.getAsLong(), dir.readStatus(t.upid().encode())));
                save = true;
            }
        }
        save |= archive(ended);
        List<TaskEntry> list = new ArrayList<>(alive);
        for (TaskEntry t : ended) {
            if (list.size() >= KEEP) {
                break;
            }
            list.add(t);
        }
        if (save) {
            writeActive(list);
        }
        return list;
    }

    private boolean archive(List<TaskEntry> ended) {
        StringBuilder text = new StringBuilder();
        List<Integer> archived = new ArrayList<>();
        for (int i = 0; i < ended.size(); i++) {
            if (!ended.get(i).saved()) {
                text.append(ended.get(i).indexLine()).append('\n');
                archived.add(i);
            }
        }
        if (archived.isEmpty()) {
            return false;
        }
        try {
            Files.writeString(indexFile(), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            archived.forEach(i -> ended.set(i, ended.get(i).withSaved(true)));
            if (Files.size(indexFile()) > INDEX_MAX) {
                Files.move(indexFile(), dir.root().resolve("index.1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // upstream logs the failure and retries the archive on the next update
            System.getLogger(ActiveTasks.class.getName()).log(System.Logger.Level.ERROR,
                    "unable to append to task index: " + e.getMessage());
        }
        return true;
    }

    private void writeActive(List<TaskEntry> list) throws IOException {
        StringBuilder text = new StringBuilder();
        list.forEach(t -> text.append(t.format()).append('\n'));
        Path tmp = activeFile().resolveSibling("active.tmp." + ProcessHandle.current().pid());
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, activeFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
