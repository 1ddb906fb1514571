package dev.jpve.guest;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the volume helpers ask the storage layer (upstream {@code PVE::Storage} with the storage
 * config): which storage holds a volume, whether it is shared, who owns a volume and what it holds,
 * and which features a volume supports.
 */
public interface VolumeStorage {
    /** Upstream's {@code parse_volume_id} with {@code noerr}: the storage ID of a volume ID, empty for anything else. */
    Optional<String> storageOf(String volid);

    /** Whether the storage is shared between nodes. */
    boolean isShared(String storeid);

    /**
     * Upstream's {@code path}'s owner and content type of a storage volume.
     *
     * @param owner the owning guest ID, empty when the name has none
     * @param vtype the content type: {@code images}, {@code rootdir}, {@code iso}, ...
     */
    record VolumeInfo(OptionalInt owner, String vtype) {
        /** Checks the arguments. */
        public VolumeInfo {
            java.util.Objects.requireNonNull(owner, "owner");
            java.util.Objects.requireNonNull(vtype, "vtype");
        }
    }

    /** The owner and type of a storage volume. */
    VolumeInfo info(String volid);

    /**
     * Upstream's {@code volume_has_feature}.
     *
     * @param feature {@code snapshot}, {@code clone}, {@code copy}, {@code replicate}, ...
     * @param validTargetFormats for {@code copy}/{@code clone} of containers: {@code raw} and
     *     {@code subvol}; empty for no restriction
     */
    boolean hasFeature(String feature, String volid, Optional<String> snapname, boolean running,
            Set<String> validTargetFormats);
}
