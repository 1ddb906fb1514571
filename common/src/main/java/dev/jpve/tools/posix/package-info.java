/**
 * Thin bindings to the libc calls the JDK lacks ({@code flock}, {@code kill} of a process
 * group, {@code posix_spawn}, {@code waitpid}, {@code open(O_TMPFILE)}), through the Foreign
 * Function &amp; Memory API. Nothing outside this package touches {@code java.lang.foreign}.
 * Internal: not exported from the module.
 */
package dev.jpve.tools.posix;
