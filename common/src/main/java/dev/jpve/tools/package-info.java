/**
 * System tools of pve-common ({@code PVE::Tools}): running commands, shell quoting, atomic
 * files, flock locks, timeouts and forked work, with upstream's exact error texts.
 */
package dev.jpve.tools;
