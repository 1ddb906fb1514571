package dev.jpve.guest;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The normalizations {@code write_vm_config} applies before it prints (spec guest.md 2.6 steps 1-3). */
final class QemuWriteRules {
    private static final Pattern DRIVE_KEY = Pattern.compile(
            "(ide[0-3]|scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5])|sata[0-5]|efidisk0|tpmstate0)");
    private static final Pattern UNUSED = Pattern.compile("unused\\d+");
    private static final Pattern CLOUDINIT = Pattern.compile(
            "[:/](?:vm-\\d+-)?cloudinit(?:\\.(?:raw|cow|qcow|qcow2|qed|vmdk|cloop))?$");

    private static final Set<String> SKIPPED = Set.of("digest", "description", "snapshots", "snapstate", "pending",
            "special-sections");

    private QemuWriteRules() {}

    /** Step 1: drop {@code snapstate}, move {@code cdrom} to {@code ide2}, fold the legacy {@code smp}. */
    static ConfigSection prepareMain(ConfigSection main) {
        ConfigSection s = main.without("snapstate");
        Optional<String> cdrom = s.get("cdrom");
        if (cdrom.isPresent()) {
            if (s.get("ide2").isPresent()) {
                throw new GuestConfigException("option ide2 conflicts with cdrom");
            }
            s = s.without("cdrom").with("ide2", cdrom.get());
        }
        if (ConfigLines.truthy(s.properties().get("smp"))) {
            if (ConfigLines.truthy(s.properties().get("sockets"))) {
                s = s.without("smp");
            } else {
                s = s.with("sockets", s.properties().get("smp")).without("cores").without("smp");
            }
        }
        return s;
    }

    /** Step 2: every value through {@code check_type}; {@code delete} only in pending. */
    static Map<String, String> normalize(TypeCheck check, ConfigSection section, boolean pending) {
        Map<String, String> out = new TreeMap<>();
        section.properties().forEach((key, value) -> {
            if (SKIPPED.contains(key)) {
                out.put(key, value);
                return;
            }
            if (key.equals("delete")) {
                if (!pending) {
                    throw new GuestConfigException("propertry 'delete' is only allowed in [PENDING]");
                }
                out.put(key, value);
                return;
            }
            try {
                out.put(key, check.check(key, value));
            } catch (GuestConfigException e) {
                throw new GuestConfigException("unable to parse value of '" + key + "' - " + e.getMessage());
            }
        });
        out.remove("digest");
        out.remove("description");
        return out;
    }

    /** Step 3: main {@code unusedN} keys whose volume a drive of main or pending still uses are dropped. */
    static void dropUsedUnused(Map<String, String> main, Map<String, String> pending) {
        Set<String> used = new HashSet<>();
        for (Map<String, String> props : java.util.List.of(main, pending)) {
            props.forEach((key, value) -> {
                if (DRIVE_KEY.matcher(key).matches()) {
                    driveFile(value).ifPresent(used::add);
                }
            });
        }
        main.entrySet().removeIf(e -> UNUSED.matcher(e.getKey()).matches() && used.contains(e.getValue()));
    }

    /** Whether a drive of the main section is a cloud-init drive. */
    static boolean hasCloudinit(Map<String, String> main) {
        return main.entrySet().stream().anyMatch(e -> DRIVE_KEY.matcher(e.getKey()).matches()
                && driveFile(e.getValue()).filter(f -> CLOUDINIT.matcher(f).find()).isPresent());
    }

    /** The {@code file} of a drive string: {@code file=...} or its first positional part. */
    static Optional<String> driveFile(String value) {
        for (String part : value.split(",")) {
            if (part.startsWith("file=")) {
                return Optional.of(part.substring(5)).filter(f -> !f.isEmpty());
            }
        }
        String first = value.split(",", -1)[0];
        return first.contains("=") || first.isEmpty() ? Optional.empty() : Optional.of(first);
    }
}
