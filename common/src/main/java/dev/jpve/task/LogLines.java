package dev.jpve.task;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page of a log file as the task log API returns it (upstream's {@code dump_logfile}): lines
 * {@code {n, t}} numbered from 1, and the total number of (matching) lines.
 *
 * @param total how many lines the file has (that match the filter)
 * @param lines the lines of the page
 */
public record LogLines(int total, List<Line> lines) {
    /** The page size when none is given. */
    public static final int DEFAULT_LIMIT = 50;

    /**
     * One line.
     *
     * @param n its number, from 1 (among the matching lines)
     * @param t its text, without the newline
     */
    public record Line(int n, String t) {}

    /** Copies the lines. */
    public LogLines {
        lines = List.copyOf(lines);
    }

    /**
     * Reads a page.
     *
     * @param start how many (matching) lines to skip
     * @param limit how many lines to return at most; 0 means all to the end
     * @param filter only lines containing a match count
     * @return the page; an empty file gives the single line {@code no content}, an unreadable
     *     one {@code unable to open file - ERROR} (so that a list view never gets an empty page)
     */
    public static LogLines read(Path file, int start, int limit, Optional<Pattern> filter) {
        Objects.requireNonNull(file, "file");
        if (start < 0 || limit < 0) {
            throw new IllegalArgumentException("start and limit must not be negative");
        }
        List<Line> lines = new ArrayList<>();
        int count = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int left = limit;
            for (String line = nextLine(in); line != null; line = nextLine(in)) {
                String text = line;
                if (filter.isPresent() && !filter.get().matcher(text).find()) {
                    continue;
                }
                if (count++ < start) {
                    continue;
                }
                if (limit == 0 || left-- > 0) {
                    lines.add(new Line(count, text));
                }
            }
        } catch (IOException e) {
            return new LogLines(1, List.of(new Line(1, "unable to open file - " + reason(e))));
        }
        if (count == 0) {
            return new LogLines(1, List.of(new Line(1, "no content")));
        }
        return new LogLines(count, lines);
    }

    /** The next line up to {@code \n} only (a {@code \r} of progress output stays in the line, as in Perl). */
    private static String nextLine(BufferedReader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                return sb.toString();
            }
            sb.append((char) c);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "No such file or directory"
                : e instanceof java.nio.file.AccessDeniedException ? "Permission denied" : e.getMessage();
    }
}
