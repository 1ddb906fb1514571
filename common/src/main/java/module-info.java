/**
 * pve-common for the JVM: running commands, atomic files, flock locks, /proc readers, UPIDs,
 * the schema dialect, and (later) the REST/CLI framework.
 *
 * <p>Every package that holds public API is exported here; {@code dev.jpve.tools.posix} and
 * any {@code ...internal} package stay hidden.
 */
module dev.jpve.common {
    requires transitive tools.jackson.databind;

    exports dev.jpve.api;
    exports dev.jpve.cli;
    exports dev.jpve.format;
    exports dev.jpve.procfs;
    exports dev.jpve.rest;
    exports dev.jpve.schema;
    exports dev.jpve.section;
    exports dev.jpve.task;
    exports dev.jpve.time;
    exports dev.jpve.tools;
}
