package dev.jpve.http;

/**
 * Where users and their passwords live (upstream: an authentication domain such as {@code pam}
 * or {@code pve}). User ids are {@code name@realm}.
 */
public interface Realm {

    /** Whether the user exists, is enabled, and the password is theirs. */
    boolean authenticate(String userid, String password);

    /** Whether the user exists and is enabled (checked on every ticket and token use). */
    boolean isEnabled(String userid);
}
