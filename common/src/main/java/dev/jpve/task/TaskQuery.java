package dev.jpve.task;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which tasks a task list shows (the filters of {@code GET /nodes/{node}/tasks}).
 *
 * @param start how many matching tasks to skip
 * @param limit how many to return at most
 * @param source {@code active} (the active list), {@code archive} (the index) or {@code all}
 * @param errorsOnly only tasks that failed
 * @param type only tasks of this type
 * @param user only tasks whose user contains this text
 * @param id only tasks of this object id (the {@code vmid} filter)
 * @param since only tasks started at or after this time
 * @param until only tasks started at or before this time
 */
public record TaskQuery(int start, int limit, Source source, boolean errorsOnly, Optional<String> type,
        Optional<String> user, Optional<String> id, OptionalLong since, OptionalLong until) {

    /** Where the tasks come from. */
    public enum Source {
        /** The active list: running tasks and the most recent finished ones. */
        ACTIVE,
        /** The index of finished tasks. */
        ARCHIVE,
        /** Both. */
        ALL
    }

    /** Upstream's defaults: the first 50 archived tasks, no filter. */
    public static final TaskQuery DEFAULT = new TaskQuery(0, 50, Source.ARCHIVE, false, Optional.empty(),
            Optional.empty(), Optional.empty(), OptionalLong.empty(), OptionalLong.empty());

    /** Checks the arguments. */
    public TaskQuery {
        if (start < 0 || limit < 0) {
            throw new IllegalArgumentException("start and limit must not be negative");
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
    }

    /** A copy reading from {@code value}. */
    public TaskQuery withSource(Source value) {
        return new TaskQuery(start, limit, value, errorsOnly, type, user, id, since, until);
    }

    /** A copy with the paging set. */
    public TaskQuery withPage(int startAt, int max) {
        return new TaskQuery(startAt, max, source, errorsOnly, type, user, id, since, until);
    }

    /** A copy showing only failed tasks. */
    public TaskQuery withErrorsOnly() {
        return new TaskQuery(start, limit, source, true, type, user, id, since, until);
    }

    /** A copy showing only tasks of one type. */
    public TaskQuery withType(String value) {
        return new TaskQuery(start, limit, source, errorsOnly, Optional.of(value), user, id, since, until);
    }

    /** A copy showing only tasks whose user contains {@code value}. */
    public TaskQuery withUser(String value) {
        return new TaskQuery(start, limit, source, errorsOnly, type, Optional.of(value), id, since, until);
    }

    /** A copy showing only tasks of one object id. */
    public TaskQuery withId(String value) {
        return new TaskQuery(start, limit, source, errorsOnly, type, user, Optional.of(value), since, until);
    }

    /** Whether a task passes the filters. */
    boolean matches(TaskEntry t) {
        Upid u = t.upid();
        return type.map(u.type()::equals).orElse(true)
                && user.map(u.user()::contains).orElse(true)
                && id.map(u.id()::equals).orElse(true)
                && (since.isEmpty() || u.starttime() >= since.getAsLong())
                && (until.isEmpty() || u.starttime() <= until.getAsLong())
                && (!errorsOnly || t.status().filter(TaskStatus::isError).isPresent());
    }
}
