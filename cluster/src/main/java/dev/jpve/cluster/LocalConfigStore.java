package dev.jpve.cluster;

import dev.jpve.schema.ApiException;
import dev.jpve.tools.FileContents;
import dev.jpve.tools.FileLocks;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * The embedded {@link ConfigStore}: a local directory laid out like {@code /etc/pve}
 * ({@code nodes/<node>/qemu-server/<vmid>.conf}, {@code nodes/<node>/lxc/<vmid>.conf}). Writes go
 * through {@link FileContents#set(Path, byte[], int)} (temp file, fsync, rename); creation is
 * serialized by a flock on {@code <root>/.vmid.lck}, which also excludes other processes using the
 * same root.
 */
public final class LocalConfigStore implements ConfigStore {
    /** The guest config directories listed in the VMID list: pmxcfs's two and jpve's {@code app}. */
    public static final Set<String> DEFAULT_TYPES = Set.of("qemu-server", "lxc", "app");

    private static final Pattern CONF = Pattern.compile("(\\d+)\\.conf");
    private static final Duration CREATE_TIMEOUT = Duration.ofSeconds(10);
    private static final int CONFIG_PERM = 0640;

    private final Path root;
    private final String node;
    private final Set<String> types;

    private LocalConfigStore(Path root, String node, Set<String> types) {
        this.root = root.toAbsolutePath().normalize();
        this.node = checkSegment(node);
        this.types = Set.copyOf(types);
        this.types.forEach(LocalConfigStore::checkSegment);
    }

    /** A store under {@code root} acting as {@code node}, listing qemu-server and lxc guests. */
    public static LocalConfigStore open(Path root, String node) {
        return new LocalConfigStore(root, node, DEFAULT_TYPES);
    }

    /** A store whose VMID list also covers these guest config directory names (another guest type). */
    public static LocalConfigStore open(Path root, String node, Set<String> types) {
        return new LocalConfigStore(root, node, types);
    }

    /** The root directory. */
    public Path root() {
        return root;
    }

    @Override
    public String localNode() {
        return node;
    }

    /** The file system path of a store path. */
    public Path resolve(String path) {
        return root.resolve(StorePaths.checkPath(path));
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(resolve(path)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public void write(String path, byte[] data) throws IOException {
        Path file = resolve(path);
        Files.createDirectories(file.getParent());
        FileContents.set(file, data, CONFIG_PERM);
    }

    @Override
    public Map<Integer, GuestEntry> guests() throws IOException {
        Map<Integer, GuestEntry> list = new TreeMap<>();
        Path nodes = root.resolve("nodes");
        if (!Files.isDirectory(nodes)) {
            return list;
        }
        for (Path nodeDir : sorted(nodes)) {
            for (String type : new java.util.TreeSet<>(types)) {
                Path dir = nodeDir.resolve(type);
                if (Files.isDirectory(dir)) {
                    for (Path conf : sorted(dir)) {
                        var m = CONF.matcher(conf.getFileName().toString());
                        if (m.matches() && Files.isRegularFile(conf)) {
                            int vmid = Integer.parseInt(m.group(1));
                            list.putIfAbsent(vmid, new GuestEntry(vmid, nodeDir.getFileName().toString(), type));
                        }
                    }
                }
            }
        }
        return list;
    }

    @Override
    public void createConfig(String type, int vmid, byte[] data) throws IOException {
        checkSegment(type);
        Files.createDirectories(root);
        try {
            FileLocks.lockFileFull(root.resolve(".vmid.lck").toString(), CREATE_TIMEOUT, false, () -> {
                Optional<GuestEntry> existing = owner(vmid);
                if (existing.isPresent()) {
                    throw StoreException.alreadyExists(existing.get());
                }
                write(ConfigStore.configPath(node, type, vmid), data);
                return null;
            }, new PrintStream(OutputStream.nullOutputStream()));
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void destroyConfig(String type, int vmid) {
        try {
            Files.delete(resolve(ConfigStore.configPath(node, type, vmid)));
        } catch (IOException e) {
            throw new StoreException("failed to remove config file: " + osError(e), e);
        }
    }

    @Override
    public void moveConfigToNode(String type, int vmid, String target) {
        checkSegment(target);
        try {
            Path to = resolve(ConfigStore.configPath(target, type, vmid));
            Files.createDirectories(to.getParent());
            Files.move(resolve(ConfigStore.configPath(node, type, vmid)), to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("failed to move config file to node '" + target + "': " + osError(e), e);
        }
    }

    /** The lock is a flock on {@code <root>/priv/lock/<lockid>}, which excludes every process using the same root. */
    @Override
    public <T> T lockFile(String filename, Duration timeout, Callable<T> code) throws IOException {
        String lockId = ConfigStore.lockId(filename);
        Path dir = root.resolve("priv/lock");
        Files.createDirectories(dir);
        boolean[] started = new boolean[1];
        try {
            return FileLocks.lockFileFull(dir.resolve(lockId).toString(), timeout, false, () -> {
                started[0] = true;
                return code.call();
            }, new PrintStream(OutputStream.nullOutputStream()));
        } catch (ApiException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for cfs-lock '" + lockId + "'");
        } catch (Exception e) {
            throw StoreException.lockFailed(lockId, started[0] ? String.valueOf(e.getMessage()) : StoreException.LOCK_TIMEOUT, e);
        }
    }

    private static List<Path> sorted(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            List<Path> list = new java.util.ArrayList<>();
            entries.forEach(list::add);
            list.sort(null);
            return list;
        }
    }

    private static String checkSegment(String segment) {
        return StorePaths.checkSegment(segment);
    }

    /** Perl's {@code $!} text for the usual failures. */
    static String osError(IOException e) {
        return switch (e) {
            case NoSuchFileException x -> "No such file or directory";
            case AccessDeniedException x -> "Permission denied";
            case FileAlreadyExistsException x -> "File exists";
            case DirectoryNotEmptyException x -> "Directory not empty";
            default -> Objects.requireNonNullElse(e.getMessage(), e.toString());
        };
    }
}
