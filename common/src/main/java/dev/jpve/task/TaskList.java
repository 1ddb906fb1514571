package dev.jpve.task;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The tasks of a node, newest first, from the active list and the index (what
 * {@code GET /nodes/{node}/tasks} lists).
 *
 * @param total how many tasks match the filters
 * @param tasks the page of them
 */
public record TaskList(int total, List<TaskEntry> tasks) {

    /** Copies the list. */
    public TaskList {
        tasks = List.copyOf(tasks);
    }

    /**
     * Lists the tasks of an active list and its index.
     *
     * @throws IOException if a file exists but cannot be read
     */
    public static TaskList query(ActiveTasks active, TaskQuery query) throws IOException {
        List<TaskEntry> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (query.source() != TaskQuery.Source.ARCHIVE) {
            for (TaskEntry t : active.update()) {
                if (seen.add(t.upid().encode())) {
                    all.add(t);
                }
            }
        }
        if (query.source() != TaskQuery.Source.ACTIVE) {
            List<TaskEntry> archived = readIndex(active.indexFile());
            for (int i = archived.size() - 1; i >= 0; i--) {
                if (seen.add(archived.get(i).upid().encode())) {
                    all.add(archived.get(i));
                }
            }
        }
        all.sort((a, b) -> Long.compare(b.upid().starttime(), a.upid().starttime()));
        List<TaskEntry> matching = all.stream().filter(query::matches).toList();
        int from = Math.min(query.start(), matching.size());
        int to = Math.min(matching.size(), from + query.limit());
        return new TaskList(matching.size(), matching.subList(from, to));
    }

    /** The finished tasks of an index file ({@code UPID ENDTIME STATUS} lines), in file order. */
    static List<TaskEntry> readIndex(Path index) throws IOException {
        List<TaskEntry> list = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(index, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return list;
        }
        for (String line : lines) {
            String[] f = line.split(" ", 3);
            if (f.length < 2 || !f[1].matches("[0-9A-Fa-f]{8}")) {
                continue;
            }
            Upid.tryDecode(f[0]).ifPresent(u -> list.add(new TaskEntry(u, true,
                    OptionalLong.of(Long.parseLong(f[1], 16)), f.length > 2 ? Optional.of(f[2]) : Optional.empty())));
        }
        return list;
    }
}
