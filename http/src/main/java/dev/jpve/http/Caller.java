package dev.jpve.http;

import java.util.Objects;
import java.util.Optional;

/**
 * Who makes a request, as authentication found it (upstream's {@code $auth} hash).
 *
 * @param authId the authenticated id: {@code user@realm}, or {@code user@realm!token} for API
 *     tokens; empty for calls that need no authentication
 * @param viaToken whether an API token authenticated the call
 */
record Caller(Optional<String> authId, boolean viaToken) {

    /** Checks the arguments. */
    public Caller {
        Objects.requireNonNull(authId, "authId");
    }

    /** An unauthenticated caller (only for the few methods that need no authentication). */
    public static Caller anonymous() {
        return new Caller(Optional.empty(), false);
    }

    /** The user part of the id ({@code user@realm} of {@code user@realm!token}). */
    public Optional<String> user() {
        return authId.map(id -> id.contains("!") ? id.substring(0, id.indexOf('!')) : id);
    }
}
