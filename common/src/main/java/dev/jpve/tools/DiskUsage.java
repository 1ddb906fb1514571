package dev.jpve.tools;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Space on a file system and under a directory: upstream's {@code df} and {@code du}, the two
 * examples of how the command and fork helpers compose.
 *
 * <p>{@code df} asks the file system in a child process ({@link Fork}), so a hung mount (a dead
 * NFS server) costs the caller the timeout, not its thread; {@code du} runs {@code du -scb}.
 */
public final class DiskUsage {
    private static final Pattern TOTAL = Pattern.compile("^(\\d+)\\s+total$");

    /**
     * Sizes of a file system in bytes, as {@code statvfs} gives them.
     *
     * @param total the file system's size
     * @param used the space in use ({@code total} minus the free blocks)
     * @param avail the space available to unprivileged users
     */
    public record Space(long total, long used, long avail) {}

    /** The child-process side of {@link #df}: {@code statvfs} of the path given as JSON text. */
    public static final class StatVfsTask implements ForkTask {
        /** Called by the child JVM. */
        public StatVfsTask() {}

        @Override
        public Object call(JsonNode args) throws IOException {
            FileStore store = Files.getFileStore(Path.of(args.asString()));
            ObjectNode space = JsonMapper.builder().build().createObjectNode();
            space.put("total", store.getTotalSpace());
            space.put("used", store.getTotalSpace() - store.getUnallocatedSpace());
            space.put("avail", store.getUsableSpace());
            return space;
        }
    }

    private DiskUsage() {}

    /**
     * Upstream's {@code df}: the space of the file system holding {@code path}; empty when it
     * could not be read in time (the failure is warned about on standard error, as upstream).
     */
    public static Optional<Space> df(Path path, Duration timeout) {
        Objects.requireNonNull(path, "path");
        JsonNode args = JsonMapper.builder().build().stringNode(path.toString());
        try {
            return Fork.of(StatVfsTask.class, args).timeout(timeout).run()
                    .map(s -> new Space(s.path("total").asLong(), s.path("used").asLong(), s.path("avail").asLong()));
        } catch (ForkException e) {
            System.err.print(e.getMessage().endsWith("\n") ? e.getMessage() : e.getMessage() + "\n");
            return Optional.empty();
        }
    }

    /**
     * Upstream's {@code du}: the bytes used under {@code path} ({@code du -scb}); empty when
     * {@code du} printed no total.
     *
     * @param timeout the limit for {@code du}; null means upstream's 10 seconds
     * @throws CommandException when {@code du} fails or times out
     */
    public static OptionalLong du(Path path, Duration timeout) {
        Objects.requireNonNull(path, "path");
        long[] total = {-1};
        Command.of("du", "-scb", path.toString())
                .timeout(timeout == null ? Duration.ofSeconds(10) : timeout)
                .outfunc(line -> {
                    Matcher m = TOTAL.matcher(line);
                    if (m.matches()) {
                        total[0] = Long.parseLong(m.group(1));
                    }
                })
                .run();
        return total[0] < 0 ? OptionalLong.empty() : OptionalLong.of(total[0]);
    }
}
