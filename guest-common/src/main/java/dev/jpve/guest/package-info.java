/**
 * Guest config files as qemu-server and pve-container read and write them (spec guest.md
 * section 2): the immutable parsed model ({@link dev.jpve.guest.GuestConfig},
 * {@link dev.jpve.guest.ConfigSection}) and the two codecs behind
 * {@link dev.jpve.guest.ConfigCodec}; the start of the config engine,
 * {@link dev.jpve.guest.GuestConfigs} (load and write through a {@link dev.jpve.cluster.ConfigStore},
 * the config flock, the {@code lock} property), the pending-change and unused-volume helpers, and the
 * snapshot workflows: the guest-type hooks {@link dev.jpve.guest.SnapshotHooks} and the final engine
 * {@link dev.jpve.guest.Snapshots} (create, delete, rollback, spec section 1.5); the volume helpers
 * ({@link dev.jpve.guest.GuestVolumes}, {@link dev.jpve.guest.VolumeKind}, section 1.4) and the
 * pure GuestHelpers ({@link dev.jpve.guest.SafeCompare}, {@link dev.jpve.guest.SnapshotTree},
 * {@link dev.jpve.guest.PendingView}, {@link dev.jpve.guest.GuestTags}, section 3.1).
 *
 * {@snippet :
 * ParsedConfig parsed = ConfigCodec.qemu().parse(100, bytes, false);
 * parsed.warnings();                    // what upstream would warn about
 * GuestConfig conf = parsed.config();
 * conf.main().get("memory");            // Optional[2048]
 * String text = ConfigCodec.qemu().write(conf);   // byte-exact for files the writer produced
 * }
 */
package dev.jpve.guest;
