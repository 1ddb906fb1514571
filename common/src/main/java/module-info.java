/**
 * pve-common for the JVM: running commands, atomic files, flock locks, /proc readers, UPIDs,
 * the schema dialect, and (later) the REST/CLI framework.
 *
 * <p>Every package that holds public API is exported here; {@code dev.jpve.tools.posix} and
 * any {@code ...internal} package stay hidden.
 */
module dev.jpve.common {
    requires transitive tools.jackson.databind;

    exports dev.jpve.schema;

    // exports are added as each package gets its first class:
    // dev.jpve.tools, dev.jpve.procfs, dev.jpve.task, dev.jpve.format, dev.jpve.schema
}
