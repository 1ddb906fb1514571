package dev.jpve.access;

import dev.jpve.http.CheckExpressions;
import dev.jpve.tools.FileContents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The node's user.cfg on disk: read again only when the file changes, replaced atomically on
 * update, updates serialised within the process. An absent file is the empty configuration.
 *
 * {@snippet :
 * UserConfigStore store = new UserConfigStore(stateDir.resolve("user.cfg"));
 * store.update(cfg -> cfg.withAcl(new AclEntry("/vms", "alice@pve", "PVEVMUser", true)));
 * PermissionChecker checker = new CheckExpressions(store.privilegeSource());
 * }
 */
public final class UserConfigStore {
    private final Path file;
    private volatile Snapshot snapshot;

    private record Snapshot(Object key, Object modified, long size, UserConfig cfg) {
    }

    /** The configuration kept in this file (it need not exist yet). */
    public UserConfigStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The current configuration. */
    public UserConfig current() {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return UserConfig.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Snapshot s = snapshot;
        if (s != null && Objects.equals(s.key(), attrs.fileKey()) && s.modified().equals(attrs.lastModifiedTime())
                && s.size() == attrs.size()) {
            return s.cfg();
        }
        try {
            UserConfig cfg = UserCfg.parse(Files.readString(file, StandardCharsets.UTF_8));
            snapshot = new Snapshot(attrs.fileKey(), attrs.lastModifiedTime(), attrs.size(), cfg);
            return cfg;
        } catch (NoSuchFileException e) {
            return UserConfig.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies a change to the current configuration and writes the result; returns it. */
    public synchronized UserConfig update(UnaryOperator<UserConfig> change) {
        UserConfig next = change.apply(current());
        try {
            FileContents.set(file, UserCfg.write(next).getBytes(StandardCharsets.UTF_8), 0640);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        snapshot = null;
        return next;
    }

    /** Permissions over the current configuration. */
    public Permissions permissions() {
        return new Permissions(current());
    }

    /** A privilege source for {@link CheckExpressions} that always reads the current configuration. */
    public CheckExpressions.PrivilegeSource privilegeSource() {
        return new CheckExpressions.PrivilegeSource() {
            @Override
            public java.util.Set<String> privileges(String authId, String path) {
                return permissions().privileges(authId, path);
            }

            @Override
            public boolean userExists(String userid) {
                return permissions().userExists(userid);
            }

            @Override
            public java.util.Map<String, java.util.Set<String>> groups() {
                return permissions().groups();
            }
        };
    }
}
