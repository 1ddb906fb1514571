package dev.jpve.node.app;

import dev.jpve.tools.Command;
import dev.jpve.tools.CommandException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code qemu-img} tool (Debian package {@code qemu-utils}): creates qcow2 images and their
 * internal snapshots. Its presence is detected once, at start-up.
 *
 * @param program the program name or path
 */
public record QemuImg(String program) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Finds {@code qemu-img} on the PATH; empty when it cannot be run. */
    public static Optional<QemuImg> detect() {
        return detect("qemu-img");
    }

    /** Whether {@code program --version} runs; empty when it does not. */
    public static Optional<QemuImg> detect(String program) {
        try {
            Command.of(program, "--version").timeout(Duration.ofSeconds(10)).outfunc(l -> { }).errfunc(l -> { })
                    .run();
            return Optional.of(new QemuImg(program));
        } catch (CommandException e) {
            return Optional.empty();
        }
    }

    /** Creates a qcow2 image of {@code bytes} bytes. */
    public void create(Path file, long bytes) {
        QuietCommand.run("unable to create image", List.of(program, "create", "-q", "-f", "qcow2",
                file.toString(), Long.toString(bytes)));
    }

    /** {@code qemu-img snapshot -c}. */
    public void snapshot(Path file, String snap) {
        QuietCommand.run("qemu-img snapshot -c failed", List.of(program, "snapshot", "-c", snap, file.toString()));
    }

    /** {@code qemu-img snapshot -d}. */
    public void deleteSnapshot(Path file, String snap) {
        QuietCommand.run("qemu-img snapshot -d failed", List.of(program, "snapshot", "-d", snap, file.toString()));
    }

    /** {@code qemu-img snapshot -a}. */
    public void applySnapshot(Path file, String snap) {
        QuietCommand.run("qemu-img snapshot -a failed", List.of(program, "snapshot", "-a", snap, file.toString()));
    }

    /** The internal snapshot names of the image, oldest first ({@code qemu-img info --output=json}). */
    public List<String> snapshots(Path file) {
        List<String> out = QuietCommand.run("qemu-img info failed",
                List.of(program, "info", "--output=json", "-U", file.toString()));
        JsonNode info = JSON.readTree(String.join("\n", out));
        List<String> names = new ArrayList<>();
        for (JsonNode s : info.path("snapshots")) {
            names.add(s.path("name").asString());
        }
        return names;
    }
}
