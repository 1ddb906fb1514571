package dev.jpve.access;

import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A user of user.cfg ({@code user:} line) with its API tokens ({@code token:} lines); text fields
 * are empty when unset.
 *
 * @param userid {@code name@realm}
 * @param enable whether the user may log in
 * @param expire expiry in epoch seconds, 0 for never
 * @param firstname first name
 * @param lastname last name
 * @param email e-mail address
 * @param comment free text
 * @param keys legacy two-factor keys
 * @param tokens the user's API tokens by token name (the part after {@code !})
 */
public record User(String userid, boolean enable, long expire, String firstname, String lastname, String email,
        String comment, String keys, SortedMap<String, Token> tokens) {

    /** A user with its fields and tokens copied into an immutable record. */
    public User {
        Objects.requireNonNull(userid, "userid");
        firstname = Objects.requireNonNullElse(firstname, "");
        lastname = Objects.requireNonNullElse(lastname, "");
        email = Objects.requireNonNullElse(email, "");
        comment = Objects.requireNonNullElse(comment, "");
        keys = Objects.requireNonNullElse(keys, "");
        tokens = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(tokens));
    }

    /** An enabled user without expiry, names, comment or tokens. */
    public static User of(String userid) {
        return new User(userid, true, 0, "", "", "", "", "", new TreeMap<>());
    }

    /** This user with {@code token} added or replaced. */
    public User withToken(Token token) {
        TreeMap<String, Token> t = new TreeMap<>(tokens);
        t.put(token.name(), token);
        return new User(userid, enable, expire, firstname, lastname, email, comment, keys, t);
    }

    /** This user without the token named {@code name}. */
    public User withoutToken(String name) {
        TreeMap<String, Token> t = new TreeMap<>(tokens);
        t.remove(name);
        return new User(userid, enable, expire, firstname, lastname, email, comment, keys, t);
    }

    /**
     * An API token of a user ({@code token:user@realm!name:expire:privsep:comment:}).
     *
     * @param name the token name (after {@code !})
     * @param expire expiry in epoch seconds, 0 for never
     * @param privsep whether the token has its own ACLs, capped by its user's privileges
     * @param comment free text, empty when unset
     */
    public record Token(String name, long expire, boolean privsep, String comment) {
        /** A token with its comment defaulting to empty. */
        public Token {
            Objects.requireNonNull(name, "name");
            comment = Objects.requireNonNullElse(comment, "");
        }
    }
}
