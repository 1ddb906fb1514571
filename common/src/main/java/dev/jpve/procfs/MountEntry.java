package dev.jpve.procfs;

import java.util.Objects;

/**
 * One line of a mount table as {@code parse_mounts} returns it, every field decoded.
 *
 * <p>QUIRK kept: upstream peels the trailing numbers off the options from the right, so the last
 * number lands in {@code freq} and the one before it in {@code passno}, swapped against fstab's
 * order ({@code "... 1 2"} gives freq {@code "2"}, passno {@code "1"}). Missing numbers are
 * {@code "0"}.
 *
 * @param what the mounted device or source
 * @param dir the mount point
 * @param fstype the file system type
 * @param opts the mount options
 * @param freq slot 5: the last trailing number
 * @param passno slot 6: the second-to-last trailing number
 */
public record MountEntry(String what, String dir, String fstype, String opts, String freq,
        String passno) {
    /** Checks that no component is null. */
    public MountEntry {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(fstype, "fstype");
        Objects.requireNonNull(opts, "opts");
        Objects.requireNonNull(freq, "freq");
        Objects.requireNonNull(passno, "passno");
    }
}
