package dev.jpve.rest;

import dev.jpve.task.TaskWorker;
import tools.jackson.databind.JsonNode;
import dev.jpve.task.Upid;
import java.util.Objects;
import java.util.Optional;

/**
 * What a method's code learns about the call beyond its parameters (upstream
 * {@code PVE::RESTEnvironment}): who calls and through which face. Never an HTTP server type.
 */
public interface RestEnvironment {

    /** Where the call comes from. */
    enum Type {
        /** A command line tool. */
        CLI,
        /** The public API daemon. */
        PUB,
        /** The privileged API daemon. */
        PRIV
    }

    /** The authenticated user ({@code root@pam}, {@code user@pve!token}), empty when unknown. */
    Optional<String> user();

    /** Where the call comes from. */
    Type type();

    /**
     * Sets an attribute of the response beside its data (upstream's {@code set_result_attrib}),
     * such as {@code total} of a paged list; the HTTP server puts it next to {@code data}. A
     * command line ignores it.
     */
    default void setResultAttribute(String key, JsonNode value) {
    }

    /**
     * Whether the caller holds a privilege on an ACL path, for checks a method makes in its code
     * (upstream's {@code $rpcenv->check}). Without an access-control layer only
     * {@code root@pam} holds any.
     */
    default boolean hasPrivilege(String path, String privilege) {
        return user().filter("root@pam"::equals).isPresent();
    }

    /**
     * Starts a task for this call (upstream's {@code fork_worker}): from a command line the task
     * runs while its log is shown on the terminal, and this returns when it has ended; in a
     * daemon it returns at once. Either way the result is the task's UPID, which the method
     * returns to its caller.
     *
     * @param type the task type ({@code qmstart}, {@code vzdump}, ...)
     * @param id the object the task works on, may be empty
     * @throws UnsupportedOperationException if this environment has no task runner
     */
    default Upid forkWorker(String type, String id, TaskWorker worker) {
        throw new UnsupportedOperationException("this environment cannot start tasks");
    }

    /** An environment of the given type and user, which cannot start tasks. */
    static RestEnvironment of(Type type, Optional<String> user) {
        return new Plain(type, user);
    }

    /**
     * The environment {@link #of} makes.
     *
     * @param type where the call comes from
     * @param user the caller
     */
    record Plain(Type type, Optional<String> user) implements RestEnvironment {
        /** Checks that nothing is null. */
        public Plain {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(user, "user");
        }
    }

    /** A command line environment running as {@code root@pam}. */
    static RestEnvironment cli() {
        return of(Type.CLI, Optional.of("root@pam"));
    }
}
