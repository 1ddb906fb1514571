package dev.jpve.time;

/**
 * A text is not a calendar event; the message is proxmox-time's, e.g.
 * {@code unable to parse calendar event at 'daily' - Context("weekday")} (no trailing newline).
 */
public final class CalendarEventException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** A failure with proxmox-time's message. */
    public CalendarEventException(String message) {
        super(message);
    }
}
