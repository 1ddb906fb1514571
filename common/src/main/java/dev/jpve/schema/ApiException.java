package dev.jpve.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An error with an HTTP status code, per-parameter errors and a usage text: upstream's
 * {@code PVE::Exception}.
 *
 * <p>{@link #getMessage()} is upstream's text form ({@link #toText()}); {@link #msg()} is the bare
 * message. The HTTP status, the CLI exit and the {@code errors} object of a 400 response all come
 * from it.
 *
 * {@snippet :
 * throw ApiException.param(Map.of("vmid", "bad"), "usage: qm start <vmid>");
 * // toText(): "400 Parameter verification failed.\nvmid: bad\nusage: qm start <vmid>\n"
 * }
 */
public final class ApiException extends RuntimeException {
    /** The message of parameter errors. */
    public static final String PARAM_MESSAGE = "Parameter verification failed.\n";

    private static final long serialVersionUID = 1L;

    private final String msg;
    private final int code;
    private final transient Map<String, String> errors;
    private final String usage;

    private ApiException(String msg, int code, Map<String, String> errors, String usage) {
        super(msg, null, false, false);
        this.msg = msg;
        this.code = code;
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        this.usage = usage;
    }

    /**
     * An exception with a message and an HTTP status code ({@code 0}: none).
     *
     * @throws NullPointerException if {@code msg} is null
     */
    public static ApiException of(int code, String msg) {
        return new ApiException(Objects.requireNonNull(msg, "msg"), code, Map.of(), null);
    }

    /** An exception with a message, a code and per-parameter errors (kept in the given order). */
    public static ApiException of(int code, String msg, Map<String, String> errors) {
        return new ApiException(Objects.requireNonNull(msg, "msg"), code, Objects.requireNonNull(errors, "errors"), null);
    }

    /** Upstream {@code raise_param_exc(errors)}: code 400, {@code Parameter verification failed.\n}. */
    public static ApiException param(Map<String, String> errors) {
        return of(400, PARAM_MESSAGE, errors);
    }

    /** Upstream {@code raise_param_exc(errors, usage)}. */
    public static ApiException param(Map<String, String> errors, String usage) {
        return param(errors).withUsage(usage);
    }

    /** Upstream {@code raise_perm_exc()}: code 403, {@code Permission check failed\n}. */
    public static ApiException permission() {
        return of(403, "Permission check failed\n");
    }

    /** Upstream {@code raise_perm_exc(what)}: code 403, {@code Permission check failed (WHAT)\n}. */
    public static ApiException permission(String what) {
        Objects.requireNonNull(what, "what");
        return what.isEmpty() ? permission() : of(403, "Permission check failed (" + what + ")\n");
    }

    /** A copy with the usage text set. */
    public ApiException withUsage(String usage) {
        return new ApiException(msg, code, errors, Objects.requireNonNull(usage, "usage"));
    }

    /** The bare message, as raised (often ending with a newline). */
    public String msg() {
        return msg;
    }

    /** The HTTP status code; {@code 0} if none was given. */
    public int code() {
        return code;
    }

    /** The per-parameter errors, path to message, in insertion order. */
    public Map<String, String> errors() {
        return errors;
    }

    /** The usage text, if any. */
    public Optional<String> usage() {
        return Optional.ofNullable(usage);
    }

    /** Upstream {@code is_param_exc}: the code is 400. */
    public boolean isParamException() {
        return code == 400;
    }

    /**
     * Upstream's text form: {@code [CODE ]MSG}, a newline if the message lacks one, one
     * {@code KEY: ERROR} line per error, then the usage (newline-terminated).
     *
     * <p>Upstream appends {@code  at FILE line N} to a message without newline; there is no Perl
     * file here, so only the newline is added.
     */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        if (code != 0) {
            sb.append(code).append(' ');
        }
        sb.append(msg);
        if (sb.isEmpty() || sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
        }
        errors.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        if (usage != null) {
            sb.append(usage);
            if (sb.charAt(sb.length() - 1) != '\n') {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    @Override
    public String getMessage() {
        return toText();
    }
}
