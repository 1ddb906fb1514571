package dev.jpve.guest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The generic volume helpers of upstream's AbstractConfig (spec guest.md 1.4): iterating the
 * volumes of a section and replacing volume IDs, for any {@link VolumeKind}.
 */
public final class GuestVolumes {
    private GuestVolumes() {}

    /** Upstream's {@code foreach_volume}: the parsable volumes of the section in key order. */
    public static List<GuestVolume> foreachVolume(VolumeKind kind, ConfigSection section) {
        return foreachVolumeFull(kind, section, false, false, List.of());
    }

    /**
     * Upstream's {@code foreach_volume_full}: the volumes of the section's volume keys (reversed
     * with {@code reverse}), then of {@code extraKeys}; values that do not parse are skipped
     * silently; with {@code includeUnused}, then the {@code unusedN} volumes (parsed strictly).
     *
     * @throws GuestConfigException {@code 'reverse' iteration only supported for default keys}
     *     when {@code reverse} comes with unused or extra keys
     */
    public static List<GuestVolume> foreachVolumeFull(VolumeKind kind, ConfigSection section, boolean reverse,
            boolean includeUnused, List<String> extraKeys) {
        if (reverse && (includeUnused || !extraKeys.isEmpty())) {
            throw new GuestConfigException("'reverse' iteration only supported for default keys");
        }
        List<String> keys = new ArrayList<>(kind.volumeKeys());
        if (reverse) {
            java.util.Collections.reverse(keys);
        }
        keys.addAll(extraKeys);
        List<GuestVolume> out = new ArrayList<>();
        for (String key : keys) {
            String value = section.properties().get(key);
            if (value != null) {
                kind.parseVolume(key, value).ifPresent(out::add);
            }
        }
        if (includeUnused) {
            out.addAll(unusedVolumes(kind, section));
        }
        return out;
    }

    /**
     * Upstream's {@code foreach_unused_volume}: the {@code unusedN} volumes in numeric order (upstream:
     * hash order), parsed strictly.
     */
    public static List<GuestVolume> unusedVolumes(VolumeKind kind, ConfigSection section) {
        List<GuestVolume> out = new ArrayList<>();
        UnusedVolumes.unused(section).forEach((n, value) -> out.add(kind.parseVolumeStrict("unused" + n, value)));
        return out;
    }

    /**
     * Upstream's {@code update_volume_ids}: in the main section, every snapshot and the pending
     * section, each volume (unused ones and {@code vmstate} included) whose ID is a key of
     * {@code volumeMap} gets the mapped ID.
     */
    public static GuestConfig updateVolumeIds(VolumeKind kind, GuestConfig conf, Map<String, String> volumeMap) {
        GuestConfig out = conf.withMain(updated(kind, conf.main(), volumeMap))
                .withPending(updated(kind, conf.pending(), volumeMap));
        for (var e : conf.snapshots().entrySet()) {
            out = out.withSnapshot(e.getKey(), updated(kind, e.getValue(), volumeMap));
        }
        return out;
    }

    private static ConfigSection updated(VolumeKind kind, ConfigSection section, Map<String, String> volumeMap) {
        for (GuestVolume vol : foreachVolumeFull(kind, section, false, true, List.of("vmstate"))) {
            String replacement = volumeMap.get(vol.volid());
            if (replacement != null) {
                section = section.with(vol.key(), vol.valueWithVolid(replacement));
            }
        }
        return section;
    }

    /**
     * The storage part of upstream's replication test: false for a volume that is no storage
     * volume, lives on a shared storage or belongs to another guest; a volume that holds no disk
     * image is skipped with {@code skipOtherTypes} and fails otherwise.
     *
     * @throws GuestConfigException {@code unable to replicate volume '<v>', type '<t>'}
     */
    static boolean localGuestImage(VolumeStorage storage, int vmid, String volid, boolean skipOtherTypes) {
        Optional<String> storeid = storage.storageOf(volid);
        if (storeid.isEmpty() || storage.isShared(storeid.get())) {
            return false;
        }
        VolumeStorage.VolumeInfo info = storage.info(volid);
        OptionalInt owner = info.owner();
        if (owner.isEmpty() || owner.getAsInt() == 0 || owner.getAsInt() != vmid) {
            return false;
        }
        if (!info.vtype().equals("images")) {
            if (skipOtherTypes) {
                return false;
            }
            throw new GuestConfigException("unable to replicate volume '" + volid + "', type '" + info.vtype() + "'");
        }
        return true;
    }

    /**
     * Whether the volume's storage can replicate it.
     *
     * @throws GuestConfigException {@code missing replicate feature on volume '<v>'} unless {@code skip}
     */
    static boolean hasReplicateFeature(VolumeStorage storage, String volid, boolean skip) {
        if (storage.hasFeature("replicate", volid, Optional.empty(), false, java.util.Set.of())) {
            return true;
        }
        if (skip) {
            return false;
        }
        throw new GuestConfigException("missing replicate feature on volume '" + volid + "'");
    }

    /** {@link #localGuestImage} and {@link #hasReplicateFeature}, both skipping or both failing. */
    static boolean replicatableStorageVolume(VolumeStorage storage, int vmid, String volid, boolean skipOtherTypes,
            boolean skipMissingFeature) {
        return localGuestImage(storage, vmid, volid, skipOtherTypes)
                && hasReplicateFeature(storage, volid, skipMissingFeature);
    }
}
