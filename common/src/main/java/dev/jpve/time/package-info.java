/**
 * Systemd-like calendar events as Proxmox parses them ({@code proxmox-time}'s
 * {@code CalendarEvent}, used by pve-common's {@code PVE::CalendarEvent}).
 *
 * <p>{@link dev.jpve.time.CalendarEvent#parse(String)} accepts exactly what the Rust parser accepts
 * and fails with its error texts; computing the next event is not implemented.
 */
package dev.jpve.time;
