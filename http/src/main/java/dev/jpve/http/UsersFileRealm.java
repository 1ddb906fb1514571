package dev.jpve.http;

import dev.jpve.tools.FileContents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The built-in realm: users in a text file, one {@code userid:enabled:hash} line each, with
 * salted PBKDF2 hashes ({@code $pbkdf2-sha256$ITER$SALT$HASH}). Lines starting with {@code #}
 * are comments. The file is read again whenever it changes, so edits take effect at once.
 *
 * {@snippet :
 * UsersFileRealm realm = new UsersFileRealm(Path.of("/var/lib/jpve/users"));
 * realm.setPassword("root@pam", "secret");
 * realm.authenticate("root@pam", "secret"); // true
 * }
 */
public final class UsersFileRealm implements Realm {
    private final Path file;
    private final int iterations;
    private final CachedFile<Map<String, Entry>> cache;

    /** A realm over this file (it need not exist yet). */
    public UsersFileRealm(Path file) {
        this(file, PasswordHash.DEFAULT_ITERATIONS);
    }

    /** A realm whose new hashes use this iteration count (lower only in tests). */
    public UsersFileRealm(Path file, int iterations) {
        this.file = Objects.requireNonNull(file, "file");
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
        this.cache = new CachedFile<>(file, UsersFileRealm::parse);
    }

    @Override
    public boolean authenticate(String userid, String password) {
        Entry e = cache.get().get(userid);
        return e != null && e.enabled() && PasswordHash.matches(password, e.hash());
    }

    @Override
    public boolean isEnabled(String userid) {
        Entry e = cache.get().get(userid);
        return e != null && e.enabled();
    }

    /** Adds the user (enabled) or changes their password, rewriting the file atomically. */
    public synchronized void setPassword(String userid, String password) {
        if (userid.contains(":") || userid.contains("\n")) {
            throw new IllegalArgumentException("invalid user id '" + userid + "'");
        }
        Map<String, Entry> users = read();
        boolean enabled = !users.containsKey(userid) || users.get(userid).enabled();
        users.put(userid, new Entry(enabled, PasswordHash.create(password, iterations)));
        StringBuilder sb = new StringBuilder();
        users.forEach((u, e) -> sb.append(u).append(':').append(e.enabled() ? 1 : 0).append(':')
                .append(e.hash()).append('\n'));
        try {
            FileContents.set(file, sb.toString().getBytes(StandardCharsets.UTF_8), 0600);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private record Entry(boolean enabled, String hash) {}

    private Map<String, Entry> read() {
        return new LinkedHashMap<>(cache.get());
    }

    private static Map<String, Entry> parse(List<String> lines) {
        Map<String, Entry> users = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.split(":", 3);
            if (!line.startsWith("#") && f.length == 3) {
                users.put(f[0], new Entry(f[1].equals("1"), f[2]));
            }
        }
        return users;
    }
}
