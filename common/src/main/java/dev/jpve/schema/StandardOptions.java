package dev.jpve.schema;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The standard options of pve-common (spec 1.6): named constants, plus an explicit by-name
 * registry ({@code register_standard_option} / {@code get_standard_option}).
 *
 * {@snippet :
 * ObjectSchema params = ObjectSchema.builder()
 *     .property("node", StandardOptions.PVE_NODE)
 *     .property("vmid", StandardOptions.PVE_VMID.toBuilder().description("The VM.").build())
 *     .property("digest", StandardOptions.PVE_CONFIG_DIGEST)
 *     .build();
 * }
 */
public final class StandardOptions {
    /** {@code pve-vmid}. */
    public static final IntegerSchema PVE_VMID = IntegerSchema.builder().format("pve-vmid").minimum(100)
            .maximum(999999999).description("The (unique) ID of the VM.").build();
    /** {@code pve-node}. */
    public static final StringSchema PVE_NODE = StringSchema.builder().format("pve-node")
            .description("The cluster node name.").build();
    /** {@code pve-node-list}. */
    public static final StringSchema PVE_NODE_LIST = StringSchema.builder().format("pve-node-list")
            .description("List of cluster node names.").build();
    /** {@code pve-iface}. */
    public static final StringSchema PVE_IFACE = StringSchema.builder().format("pve-iface").minLength(2).maxLength(20)
            .description("Network interface name.").build();
    /** {@code pve-vlan-id-or-range}. */
    public static final StringSchema PVE_VLAN_ID_OR_RANGE = StringSchema.builder().format("pve-vlan-id-or-range")
            .minLength(1).maxLength(9).description("VLAN ID or range.").build();
    /** {@code pve-storage-id}. */
    public static final StringSchema PVE_STORAGE_ID = StringSchema.builder().format("pve-storage-id")
            .formatDescription("storage ID").description("The storage identifier.").build();
    /** {@code pve-bridge-id}. */
    public static final StringSchema PVE_BRIDGE_ID = StringSchema.builder().format("pve-bridge-id")
            .formatDescription("bridge").description("Bridge to attach guest network devices to.").build();
    /** {@code pve-config-digest}. */
    public static final StringSchema PVE_CONFIG_DIGEST = StringSchema.builder().optional().maxLength(64)
            .description("Prevent changes if current configuration file has a different digest. "
                    + "This can be used to prevent concurrent modifications.").build();
    /** {@code skiplock}. */
    public static final BooleanSchema SKIPLOCK = BooleanSchema.builder().optional()
            .description("Ignore locks - only root is allowed to use this option.").build();
    /** {@code extra-args}. */
    public static final ArraySchema EXTRA_ARGS = ArraySchema.builder().items(StringSchema.builder().build())
            .optional().description("Extra arguments as array").build();
    /** {@code fingerprint-sha256}. */
    public static final StringSchema FINGERPRINT_SHA256 = StringSchema.builder()
            .pattern("([A-Fa-f0-9]{2}:){31}[A-Fa-f0-9]{2}").description("Certificate SHA 256 fingerprint.").build();
    /** {@code pve-output-format}. */
    public static final StringSchema PVE_OUTPUT_FORMAT = StringSchema.builder()
            .enumValues("text", "json", "json-pretty", "yaml").optional().defaultValue("text")
            .description("Output format.").build();
    /** {@code pve-snapshot-name}. */
    public static final StringSchema PVE_SNAPSHOT_NAME = StringSchema.builder().format("pve-configid").maxLength(40)
            .description("The name of the snapshot.").build();
    /** {@code pve-targetstorage}. */
    public static final StringSchema PVE_TARGETSTORAGE = StringSchema.builder().format("storage-pair-list").optional()
            .description("Mapping from source to target storages.").build();
    /** {@code mac-addr}. */
    public static final StringSchema MAC_ADDR = StringSchema.builder().format("mac-addr").optional()
            .formatDescription("XX:XX:XX:XX:XX:XX").description("MAC address.").build();
    /** {@code spice-proxy}. */
    public static final StringSchema SPICE_PROXY = StringSchema.builder().format("address")
            .description("SPICE proxy server.").build();
    /** {@code remote-viewer-config}. */
    public static final ObjectSchema REMOTE_VIEWER_CONFIG = ObjectSchema.builder().additionalProperties(true)
            .property("type", StringSchema.builder().build())
            .property("password", StringSchema.builder().build())
            .property("proxy", StringSchema.builder().build())
            .property("host", StringSchema.builder().build())
            .property("tls-port", IntegerSchema.builder().build())
            .description("Returned values can be directly passed to the 'remote-viewer' application.").build();
    /** {@code bwlimit}. */
    public static final StringSchema BWLIMIT = StringSchema.builder().optional().format(StandardFormats.bwlimit())
            .description("Set I/O bandwidth limit for various operations (in KiB/s).").build();
    /** {@code proxmox-remote}. */
    public static final StringSchema PROXMOX_REMOTE = StringSchema.builder().format("proxmox-remote")
            .description("Specification of a remote endpoint.").build();
    /** {@code pve-startup-order}. */
    public static final StringSchema PVE_STARTUP_ORDER = StringSchema.builder().optional().format("pve-startup-order")
            .typetext("[[order=]\\d+] [,up=\\d+] [,down=\\d+] ").description("Startup and shutdown behavior.").build();

    private final Map<String, Schema> options = new ConcurrentHashMap<>();

    private StandardOptions() {}

    /** An empty registry. */
    public static StandardOptions empty() {
        return new StandardOptions();
    }

    /** A new registry holding every standard option of pve-common under its upstream name. */
    public static StandardOptions standard() {
        return new StandardOptions().register("pve-vmid", PVE_VMID).register("pve-node", PVE_NODE)
                .register("pve-node-list", PVE_NODE_LIST).register("pve-iface", PVE_IFACE)
                .register("pve-vlan-id-or-range", PVE_VLAN_ID_OR_RANGE).register("pve-storage-id", PVE_STORAGE_ID)
                .register("pve-bridge-id", PVE_BRIDGE_ID).register("pve-config-digest", PVE_CONFIG_DIGEST)
                .register("skiplock", SKIPLOCK).register("extra-args", EXTRA_ARGS)
                .register("fingerprint-sha256", FINGERPRINT_SHA256).register("pve-output-format", PVE_OUTPUT_FORMAT)
                .register("pve-snapshot-name", PVE_SNAPSHOT_NAME).register("pve-targetstorage", PVE_TARGETSTORAGE)
                .register("mac-addr", MAC_ADDR).register("spice-proxy", SPICE_PROXY)
                .register("remote-viewer-config", REMOTE_VIEWER_CONFIG).register("bwlimit", BWLIMIT)
                .register("proxmox-remote", PROXMOX_REMOTE).register("pve-startup-order", PVE_STARTUP_ORDER);
    }

    /**
     * Registers an option.
     *
     * @throws IllegalArgumentException {@code standard option 'NAME' already registered\n}
     */
    public StandardOptions register(String name, Schema schema) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        if (options.putIfAbsent(name, schema) != null) {
            throw new IllegalArgumentException("standard option '" + name + "' already registered\n");
        }
        return this;
    }

    /** The option registered under a name. */
    public Optional<Schema> find(String name) {
        return Optional.ofNullable(options.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * The option registered under a name.
     *
     * @throws IllegalArgumentException {@code no such standard option 'NAME'\n}
     */
    public Schema get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no such standard option '" + name + "'\n"));
    }

    /**
     * Upstream {@code get_standard_option(name, base)}: the keys of {@code base} win, every other
     * key comes from the standard option.
     *
     * @throws IllegalArgumentException if the name is unknown or the merged schema is bad
     */
    public Schema get(String name, ObjectNode base) {
        ObjectNode merged = get(name).toJson();
        merged.setAll(Objects.requireNonNull(base, "base").deepCopy());
        return Schema.fromJson(merged);
    }
}
