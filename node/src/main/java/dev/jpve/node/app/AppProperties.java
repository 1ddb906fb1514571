package dev.jpve.node.app;

import dev.jpve.guest.GuestProperties;
import dev.jpve.schema.BooleanSchema;
import dev.jpve.schema.IntegerSchema;
import dev.jpve.schema.Schema;
import dev.jpve.schema.StandardOptions;
import dev.jpve.schema.StringSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The config keys of an {@code app} guest: their API schemas and their types in the config file.
 *
 * <p>Volume values are {@code <volid>[,size=<n>G]} with a volume id of the {@code local}
 * storage ({@code local:100/vm-100-disk-0.qcow2}, {@code local:100/vm-100-disk-1}); on create
 * and update {@code local:<GiB>} allocates a new image and {@code local:dir} a new directory.
 */
public final class AppProperties {
    /** The most mount-point volumes ({@code mp0} ... {@code mp9}). */
    public static final int MAX_MOUNT_POINTS = 10;

    /** The volume keys in iteration order: {@code rootfs}, then {@code mp0} ... {@code mp9}. */
    public static final List<String> VOLUME_KEYS = volumeKeys();

    /** The keys that only take effect when the process starts: set while running, they stay pending. */
    public static final Set<String> RUNTIME_KEYS = Set.of("cmd", "env", "cwd", "memory");

    /** The keys only {@code root@pam} may set: they decide what runs on the node. */
    public static final Set<String> ROOT_ONLY_KEYS = Set.of("cmd", "env", "cwd");

    /** A volume value or an allocation request. */
    static final String VOLUME_PATTERN = "local:(\\d+(\\.\\d+)?|dir|\\d+/[A-Za-z0-9][A-Za-z0-9_.\\-]*)(,size=\\d+[KMGT]?)?";

    private static final Map<String, Schema> SCHEMAS = buildSchemas();

    /** The file types of the keys, for the config codec (structural keys included). */
    public static final GuestProperties FILE_TYPES = fileTypes();

    private AppProperties() {}

    /** The API schema of every settable key, each optional, in a stable order. */
    public static Map<String, Schema> schemas() {
        return SCHEMAS;
    }

    private static Map<String, Schema> buildSchemas() {
        Map<String, Schema> s = new LinkedHashMap<>();
        s.put("cmd", StringSchema.builder().optional().maxLength(4096)
                .description("The command line of the process, run by /bin/sh word splitting rules.").build());
        s.put("env", StringSchema.builder().optional().maxLength(4096)
                .pattern("[A-Za-z_][A-Za-z0-9_]*=[^;]*(;[A-Za-z_][A-Za-z0-9_]*=[^;]*)*")
                .description("The process environment: KEY=VALUE entries separated by ';'.").build());
        s.put("cwd", StringSchema.builder().optional().pattern("/.*").maxLength(4096)
                .description("The working directory of the process (default: the rootfs volume if it is a directory,"
                        + " else /).").build());
        s.put("memory", IntegerSchema.builder().optional().minimum(16)
                .description("Best-effort limit of the process's virtual memory in MiB (ulimit -v).").build());
        s.put("name", StringSchema.builder().optional().format("dns-name").description("A name for the guest.").build());
        s.put("onboot", BooleanSchema.builder().optional().defaultValue(0L)
                .description("Specifies whether the app will be started during system bootup.").build());
        s.put("startup", StandardOptions.PVE_STARTUP_ORDER);
        s.put("description", StringSchema.builder().optional().maxLength(8192)
                .description("Description for the guest, shown in the config file as comment.").build());
        s.put("tags", StringSchema.builder().optional().format("pve-tag-list").description("Tags of the guest.").build());
        for (String key : VOLUME_KEYS) {
            s.put(key, StringSchema.builder().optional().pattern(VOLUME_PATTERN)
                    .typetext("<volid>[,size=<n>G] | local:<GiB> | local:dir")
                    .description(key.equals("rootfs") ? "The root volume of the app."
                            : "A further volume of the app.").build());
        }
        return Collections.unmodifiableMap(s);
    }

    /** Whether the key names a volume. */
    public static boolean isVolumeKey(String key) {
        return VOLUME_KEYS.contains(key);
    }

    private static List<String> volumeKeys() {
        List<String> keys = new ArrayList<>();
        keys.add("rootfs");
        for (int i = 0; i < MAX_MOUNT_POINTS; i++) {
            keys.add("mp" + i);
        }
        return List.copyOf(keys);
    }

    private static GuestProperties fileTypes() {
        return GuestProperties.builder()
                .string("cmd", "env", "cwd", "name", "tags", "startup", "lock", "parent", "vmstate", "description")
                .integer("memory", "snaptime")
                .bool("onboot", "template")
                .string(VOLUME_KEYS.toArray(String[]::new))
                .indexed("unused", 256, "pve-volume-id")
                .build();
    }
}
