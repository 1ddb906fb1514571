package dev.jpve.rest;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A method's {@code permissions}: data the access-control layer evaluates, not this one.
 * Absent permissions mean root only.
 *
 * @param description {@code description}: the permissions explained to people
 * @param user {@code user}: {@code all} (any authenticated user) or {@code world} (anyone)
 * @param check {@code check}: the check expression as upstream writes it, e.g.
 *     {@code ["perm", "/vms/{vmid}", ["VM.Audit"]]}
 */
public record Permissions(Optional<String> description, Optional<String> user, Optional<JsonNode> check) {

    /** Checks the arguments; {@code user} must be {@code all} or {@code world}. */
    public Permissions {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(check, "check");
        user.filter(u -> !u.equals("all") && !u.equals("world")).ifPresent(u -> {
            throw new IllegalArgumentException("permissions.user: '" + u + "' is neither 'all' nor 'world'");
        });
    }

    /** Any authenticated user ({@code user => 'all'}). */
    public static Permissions anyUser() {
        return new Permissions(Optional.empty(), Optional.of("all"), Optional.empty());
    }

    /** Anyone, even unauthenticated ({@code user => 'world'}). */
    public static Permissions world() {
        return new Permissions(Optional.empty(), Optional.of("world"), Optional.empty());
    }

    /** A check expression such as {@code ["perm", "/vms/{vmid}", ["VM.Audit"]]}. */
    public static Permissions check(JsonNode check) {
        return new Permissions(Optional.empty(), Optional.empty(), Optional.of(check));
    }

    /** A copy with the description set. */
    public Permissions withDescription(String text) {
        return new Permissions(Optional.of(text), user, check);
    }

    /** The JSON form, with exactly the keys that are set. */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        description.ifPresent(d -> json.put("description", d));
        user.ifPresent(u -> json.put("user", u));
        check.ifPresent(c -> json.set("check", c.deepCopy()));
        return json;
    }
}
