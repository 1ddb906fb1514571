/**
 * The engine behind {@link dev.jpve.tools.Command}: Perl's exec rules, spawning through
 * {@code posix_spawnp}, the I/O threads and line splitting, and upstream's error reporting.
 * Internal: not exported from the module.
 */
package dev.jpve.tools.internal.command;
