package dev.jpve.guest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** qemu-server's drives as {@link VolumeKind}. */
final class QemuVolumes implements VolumeKind {
    static final QemuVolumes INSTANCE = new QemuVolumes();

    private static final Pattern DRIVE_KEY = Pattern.compile("(ide|scsi|virtio|sata|efidisk|tpmstate|unused)\\d+");
    private static final Pattern VOLUME_ID = Pattern.compile("[a-z][a-z0-9\\-_.]*[a-z0-9]:.+", Pattern.CASE_INSENSITIVE);
    private static final List<String> KEYS = keys();

    private QemuVolumes() {}

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        range(keys, "ide", 4);
        range(keys, "scsi", 31);
        range(keys, "virtio", 16);
        range(keys, "sata", 6);
        keys.add("efidisk0");
        keys.add("tpmstate0");
        return List.copyOf(keys);
    }

    private static void range(List<String> keys, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            keys.add(prefix + i);
        }
    }

    @Override
    public List<String> volumeKeys() {
        return KEYS;
    }

    @Override
    public Optional<GuestVolume> parseVolume(String key, String value) {
        if (key.equals("vmstate")) {
            return VOLUME_ID.matcher(value).matches() ? Optional.of(new GuestVolume(key, value, value))
                    : Optional.empty();
        }
        if (!DRIVE_KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        return volid(value).map(v -> new GuestVolume(key, value, v));
    }

    /** The drive's {@code file}: the leading part without {@code =}, or the {@code file=} option. */
    private static Optional<String> volid(String value) {
        String first = value.split(",", 2)[0];
        if (!first.contains("=")) {
            return first.isEmpty() ? Optional.empty() : Optional.of(first);
        }
        return new GuestVolume("probe", value, "").option("file").filter(f -> !f.isEmpty());
    }

    @Override
    public GuestVolume parseVolumeStrict(String key, String value) {
        return parseVolume(key, value).orElseThrow(() -> new GuestConfigException("unable to parse volume"));
    }

    @Override
    public boolean hasFeature(String feature, ConfigSection conf, VolumeStorage storage, Optional<String> snapname,
            boolean running, boolean backupOnly) {
        boolean ok = true;
        for (GuestVolume drive : GuestVolumes.foreachVolume(this, conf)) {
            if (drive.isCdrom() || (backupOnly && drive.flag("backup").filter(b -> !b).isPresent())) {
                continue;
            }
            ok &= storage.hasFeature(feature, drive.volid(), snapname, running, Set.of());
        }
        return ok;
    }

    /** Whether some reference to the volume is no CD-ROM, and whether some reference replicates it. */
    private record Attributes(boolean cdrom, boolean replicate) {}

    @Override
    public Set<String> replicatableVolumes(VolumeStorage storage, int vmid, GuestConfig conf, boolean cleanup,
            boolean noerr) {
        Map<String, Attributes> volumes = new LinkedHashMap<>();
        List<ConfigSection> sections = new ArrayList<>();
        sections.add(conf.main());
        sections.add(conf.pending());
        sections.addAll(conf.snapshots().values());
        for (ConfigSection section : sections) {
            for (GuestVolume drive : GuestVolumes.foreachVolumeFull(this, section, false, true, List.of("vmstate"))) {
                Attributes old = volumes.getOrDefault(drive.volid(), new Attributes(true, false));
                volumes.put(drive.volid(), new Attributes(old.cdrom() && drive.isCdrom(),
                        old.replicate() || drive.flag("replicate").orElse(true)));
            }
        }
        Set<String> out = new LinkedHashSet<>();
        volumes.forEach((volid, attr) -> {
            if (replicatable(storage, vmid, volid, attr, cleanup, noerr)) {
                out.add(volid);
            }
        });
        return out;
    }

    private static boolean replicatable(VolumeStorage storage, int vmid, String volid, Attributes attr,
            boolean cleanup, boolean noerr) {
        if (attr.cdrom() || (!cleanup && !attr.replicate())) {
            return false;
        }
        if (volid.startsWith("/")) {
            if (!attr.replicate() || cleanup || noerr) {
                return false;
            }
            throw new GuestConfigException("unable to replicate local file/device '" + volid + "'");
        }
        return GuestVolumes.replicatableStorageVolume(storage, vmid, volid, cleanup || noerr, cleanup || noerr);
    }

    @Override
    public List<BackupVolume> backupVolumes(ConfigSection conf) {
        List<BackupVolume> out = new ArrayList<>();
        for (GuestVolume drive : GuestVolumes.foreachVolume(this, conf)) {
            if (drive.isCdrom()) {
                continue;
            }
            boolean included = drive.flag("backup").orElse(true);
            String reason = included ? "backup=yes" : "backup=no";
            if (drive.key().startsWith("efidisk") && !conf.get("bios").filter("ovmf"::equals).isPresent()) {
                included = false;
                reason = "efidisk but no OVMF BIOS";
            }
            out.add(new BackupVolume(drive.key(), included, reason, drive));
        }
        return out;
    }
}
