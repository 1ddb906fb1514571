package dev.jpve.guest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** pve-container's mount points as {@link VolumeKind}. */
final class LxcVolumes implements VolumeKind {
    static final LxcVolumes INSTANCE = new LxcVolumes();

    private static final Pattern MP_KEY = Pattern.compile("rootfs|mp\\d+|unused\\d+");
    private static final List<String> KEYS = keys();

    private LxcVolumes() {}

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        keys.add("rootfs");
        for (int i = 0; i < 256; i++) {
            keys.add("mp" + i);
        }
        return List.copyOf(keys);
    }

    @Override
    public List<String> volumeKeys() {
        return KEYS;
    }

    @Override
    public Optional<GuestVolume> parseVolume(String key, String value) {
        if (!MP_KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        String first = value.split(",", 2)[0];
        Optional<String> volume = first.contains("=")
                ? new GuestVolume("probe", value, "").option("volume") : Optional.of(first);
        return volume.filter(v -> !v.isEmpty()).map(v -> new GuestVolume(key, value, v));
    }

    @Override
    public GuestVolume parseVolumeStrict(String key, String value) {
        if (!MP_KEY.matcher(key).matches()) {
            throw new GuestConfigException("parse_volume - unknown type: " + key);
        }
        return parseVolume(key, value).orElseThrow(() -> new GuestConfigException("unable to parse volume"));
    }

    /** Upstream's {@code mountpoint_backup_enabled} and its reason. */
    private static BackupVolume backupDecision(GuestVolume mp) {
        if (mp.key().equals("rootfs")) {
            return new BackupVolume(mp.key(), true, "rootfs", mp);
        }
        if (!mp.mountType().equals("volume")) {
            return new BackupVolume(mp.key(), false, "not a volume", mp);
        }
        boolean enabled = mp.flag("backup").orElse(false);
        return new BackupVolume(mp.key(), enabled, enabled ? "enabled" : "disabled", mp);
    }

    @Override
    public boolean hasFeature(String feature, ConfigSection conf, VolumeStorage storage, Optional<String> snapname,
            boolean running, boolean backupOnly) {
        Set<String> formats = feature.equals("copy") || feature.equals("clone") ? Set.of("raw", "subvol") : Set.of();
        for (GuestVolume mp : GuestVolumes.foreachVolume(this, conf)) {
            if (backupOnly && !backupDecision(mp).included()) {
                continue;
            }
            if (!storage.hasFeature(feature, mp.volid(), snapname, running, formats)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Set<String> replicatableVolumes(VolumeStorage storage, int vmid, GuestConfig conf, boolean cleanup,
            boolean noerr) {
        Set<String> out = new LinkedHashSet<>();
        List<ConfigSection> sections = new ArrayList<>();
        sections.add(conf.main());
        sections.addAll(conf.snapshots().values());
        for (ConfigSection section : sections) {
            for (GuestVolume mp : GuestVolumes.foreachVolumeFull(this, section, false, true, List.of())) {
                if (replicatable(storage, vmid, mp, cleanup, noerr)) {
                    out.add(mp.volid());
                }
            }
        }
        return out;
    }

    private static boolean replicatable(VolumeStorage storage, int vmid, GuestVolume mp, boolean cleanup,
            boolean noerr) {
        boolean replicate = mp.flag("replicate").orElse(true);
        if (!mp.mountType().equals("volume")) {
            // a bind or device mount with replicate=0 was never replicated, not even for cleanup
            if (!replicate) {
                return false;
            }
            throw new GuestConfigException("unable to replicate mountpoint type '" + mp.mountType() + "'");
        }
        if (!GuestVolumes.localGuestImage(storage, vmid, mp.volid(), false)) {
            return false;
        }
        if (!cleanup && !replicate) {
            return false;
        }
        return GuestVolumes.hasReplicateFeature(storage, mp.volid(), cleanup || noerr);
    }

    @Override
    public List<BackupVolume> backupVolumes(ConfigSection conf) {
        return GuestVolumes.foreachVolume(this, conf).stream().map(LxcVolumes::backupDecision).toList();
    }
}
