package dev.jpve.schema;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One validation run (upstream {@code check_prop} and friends) over a value tree.
 *
 * <p>The current path is kept in a reusable builder and only turned into a string when an error
 * is recorded, so a valid value costs no allocation for paths. Recursion follows the schema,
 * whose depth is bounded when it is read, never the value alone.
 */
final class Walker {
    private final StringBuilder path = new StringBuilder(64);
    private ParamErrors errors;

    Walker() {}

    Walker(CharSequence startPath) {
        path.append(startPath);
    }

    /** The errors so far; null if none. */
    ParamErrors errors() {
        return errors;
    }

    void error(String message) {
        if (errors == null) {
            errors = new ParamErrors();
        }
        errors.add(path.toString(), message);
    }

    private void errorAt(String key, String message) {
        int mark = enter(key);
        error(message);
        leave(mark);
    }

    private int enter(String key) {
        int mark = path.length();
        if (mark > 0) {
            path.append('.');
        }
        path.append(key);
        return mark;
    }

    private void leave(int mark) {
        path.setLength(mark);
    }

    /** Runs {@code check} with a fresh error map; returns its errors (null if none). */
    private ParamErrors isolated(Runnable check) {
        ParamErrors saved = errors;
        errors = null;
        try {
            check.run();
            return errors;
        } finally {
            errors = saved;
        }
    }

    void prop(JsonNode v, Node n, String instanceType, Set<String> collect) {
        boolean optionalForType = false;
        if (n.legacyOneOf != null) {
            if (n.typeProperty != null) {
                optionalForType = true;
                if (instanceType != null) {
                    for (Node alt : n.legacyOneOf) {
                        if (alt.instanceTypes == null) {
                            error("missing 'instance-types' in oneOf alternative");
                            return;
                        }
                        if (alt.instanceTypes.contains(instanceType)) {
                            optionalForType = alt.optional;
                            prop(v, alt, null, null);
                            break;
                        }
                    }
                }
            } else {
                legacyAlternatives(v, n);
                return;
            }
        } else if (instanceType != null) {
            if (n.instanceTypes == null) {
                error("missing 'instance-types'");
                return;
            }
            optionalForType = !n.instanceTypes.contains(instanceType);
        }
        if (n.alias) {
            return;
        }
        if (PerlScalar.isUndefined(v)) {
            if (n.kind != Node.Kind.NULL && !n.optional && !n.group && !optionalForType) {
                error("property is missing and it is not optional");
            }
            return;
        }
        if (!type(n, v)) {
            return;
        }
        value(v, n, collect);
    }

    private void value(JsonNode v, Node n, Set<String> collect) {
        if (v.isArray()) {
            if (n.items != null) {
                for (int i = 0; i < v.size(); i++) {
                    int mark = path.length();
                    path.append('[').append(i).append(']');
                    prop(v.get(i), n.items, null, null);
                    leave(mark);
                }
            }
        } else if (v.isObject()) {
            ObjectNode o = (ObjectNode) v;
            if (n.objectCheck) {
                object(n.props, o, n.additional, n.additionalNode, collect);
            } else if (n.allOf != null) {
                allOf(n, o, collect);
            } else if (n.typePropertyNode != null) {
                oneOf(n, o, collect);
            }
        } else if (!v.isBoolean() && n.hasScalarRules) {
            scalar(n, PerlScalar.text(v));
        }
    }

    private void legacyAlternatives(JsonNode v, Node n) {
        ParamErrors collected = new ParamErrors();
        for (int i = 0; i < n.legacyOneOf.length; i++) {
            Node alt = n.legacyOneOf[i];
            int mark = path.length();
            path.append(".oneOf[").append(i).append(']');
            ParamErrors altErrors = isolated(() -> prop(v, alt, null, null));
            leave(mark);
            if (altErrors == null) {
                return;
            }
            collected.addAll(altErrors);
        }
        if (errors == null) {
            errors = new ParamErrors();
        }
        errors.addAll(collected);
    }

    /** Upstream {@code check_type}: records the error and returns false on mismatch. */
    boolean type(Node n, JsonNode v) {
        switch (n.kind) {
            case NONE, ANY -> {
                return true;
            }
            case UNION -> {
                for (Node member : n.union) {
                    if (silently(member, v)) {
                        return true;
                    }
                }
                return fail("type check ('" + n.typeLabel + "') failed");
            }
            case SCHEMA -> {
                return silently(n.typeSchema, v) || fail("type check failed");
            }
            case NULL -> {
                return fail("type check ('null') failed - value is not null");
            }
            case ARRAY -> {
                return v.isArray() || fail("type check ('array') failed");
            }
            case OBJECT -> {
                return v.isObject() || fail("type check ('object') failed");
            }
            case CODEREF -> {
                return fail("type check ('coderef') failed");
            }
            default -> {
                return scalarType(n, v);
            }
        }
    }

    private boolean scalarType(Node n, JsonNode v) {
        String failure = n.scalarTypeFailure(v);
        return failure == null || fail(failure);
    }

    private boolean fail(String message) {
        error(message);
        return false;
    }

    private boolean silently(Node member, JsonNode v) {
        return isolated(() -> {
            if (type(member, v)) {
                value(v, member, null);
            }
        }) == null;
    }

    /** Upstream {@code check_object}. */
    void object(Node.Props props, ObjectNode v, Node.Additional additional, Node additionalNode, Set<String> collect) {
        if (props.hasAlias) {
            remapAliases(props, v);
        }
        int present = 0;
        for (int i = 0; i < props.names.length; i++) {
            Node p = props.nodes[i];
            JsonNode child = v.get(props.names[i]);
            present += child == null ? 0 : 1;
            int mark = enter(props.names[i]);
            if (p.simple && child != null && PerlScalar.isScalar(child)) {
                simpleScalar(p, PerlScalar.text(child));
            } else {
                prop(child, p, p.typeProperty == null ? null : instanceType(v, p.typeProperty), null);
            }
            leave(mark);
        }
        if (props.plain && present == v.size()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            String k = e.getKey();
            Node p = props.get(k);
            if (p != null && known(p, k, v)) {
                continue;
            }
            unknown(k, e.getValue(), additional, additionalNode, collect);
        }
    }

    /** A plain scalar property: the type check and the rules, without the general dispatch. */
    private void simpleScalar(Node n, String text) {
        String failure = n.textTypeFailure(text);
        if (failure == null && n.hasScalarRules) {
            failure = n.scalarFailure(text, path);
        }
        if (failure != null) {
            error(failure);
        }
    }

    private boolean known(Node p, String k, ObjectNode v) {
        if (p.requiresProperty != null && PerlScalar.isUndefined(v.get(p.requiresProperty))) {
            String required = pathWith(k);
            errorAt(p.requiresProperty, "missing property required by '" + required + "'");
        }
        if (p.requiresNode != null) {
            prop(v, p.requiresNode, null, null);
        }
        return p.legacyOneOf == null
                || p.someAlternativeApplies(p.typeProperty == null ? null : instanceType(v, p.typeProperty));
    }

    private void unknown(String k, JsonNode value, Node.Additional additional, Node additionalNode, Set<String> collect) {
        if (additional == Node.Additional.DENY) {
            if (collect != null) {
                collect.add(k);
            } else {
                errorAt(k, "property is not defined in schema and the schema does not allow additional properties");
            }
        } else if (additional == Node.Additional.SCHEMA) {
            int mark = enter(k);
            prop(value, additionalNode, null, null);
            leave(mark);
        }
    }

    private String pathWith(String k) {
        int mark = enter(k);
        String p = path.toString();
        leave(mark);
        return p;
    }

    private void remapAliases(Node.Props props, ObjectNode v) {
        List<String> aliased = null;
        for (String k : v.propertyNames()) {
            Node p = props.get(k);
            if (p != null && p.alias) {
                (aliased == null ? aliased = new ArrayList<>() : aliased).add(k);
            }
        }
        if (aliased == null) {
            return;
        }
        for (String k : aliased) {
            String target = props.get(k).schema.common().alias().orElseThrow();
            if (!PerlScalar.isUndefined(v.get(target))) {
                errorAt(k, "cannot set both '" + k + "' and its alias target '" + target + "'");
            } else {
                v.set(target, v.remove(k));
            }
        }
    }

    private static String instanceType(ObjectNode v, String typeProperty) {
        JsonNode t = v.get(typeProperty);
        if (PerlScalar.isUndefined(t)) {
            return null;
        }
        return PerlScalar.isScalar(t) ? PerlScalar.text(t) : PerlScalar.referenceKind(t);
    }

    /** allOf: every member on the same object; a key is unknown only if unknown to every member. */
    private void allOf(Node n, ObjectNode v, Set<String> collect) {
        Set<String> unknownToAll = null;
        for (Node member : n.allOf) {
            Set<String> unknown = Node.newKeySet();
            prop(v, member, null, unknown);
            if (unknownToAll == null) {
                unknownToAll = unknown;
            } else {
                unknownToAll.retainAll(unknown);
            }
        }
        if (unknownToAll != null) {
            reportUnknown(unknownToAll, collect);
        }
    }

    private void reportUnknown(Set<String> keys, Set<String> collect) {
        if (collect != null) {
            collect.addAll(keys);
            return;
        }
        for (String k : new TreeSet<>(keys)) {
            errorAt(k, "property is not defined in schema and the schema does not allow additional properties");
        }
    }

    /** Typed oneOf: the discriminator selects the variant. */
    private void oneOf(Node n, ObjectNode v, Set<String> collect) {
        String t = n.typeProperty;
        JsonNode disc = v.get(t);
        if (PerlScalar.isUndefined(disc)) {
            reportUnknown(keysExcept(v, t), collect);
            if (!n.optional) {
                int mark = enter(t);
                prop(disc, n.typePropertyNode, null, null);
                leave(mark);
            }
            return;
        }
        int mark = enter(t);
        ParamErrors discErrors = isolated(() -> prop(disc, n.typePropertyNode, null, null));
        leave(mark);
        if (discErrors != null) {
            (errors == null ? errors = new ParamErrors() : errors).addAll(discErrors);
            reportUnknown(keysExcept(v, t), collect);
            return;
        }
        String type = PerlScalar.isScalar(disc) ? PerlScalar.text(disc) : PerlScalar.referenceKind(disc);
        Node variant = n.variants.get(type);
        if (variant == null) {
            error("'" + type + "' is not a valid oneOf variant");
            return;
        }
        variant(v, t, type, variant, collect);
    }

    private void variant(ObjectNode v, String t, String type, Node variant, Set<String> collect) {
        Set<String> unknown = Node.newKeySet();
        int mark = enter("oneOf[" + type + "]");
        prop(v, variant, null, unknown);
        unknown.remove(t);
        if (collect == null) {
            reportUnknown(unknown, null);
        }
        leave(mark);
        if (collect != null) {
            collect.addAll(unknown);
        }
    }

    private static Set<String> keysExcept(ObjectNode v, String t) {
        Set<String> keys = Node.newKeySet();
        for (Iterator<String> it = v.propertyNames().iterator(); it.hasNext(); ) {
            String k = it.next();
            if (!k.equals(t)) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** The scalar checks, in upstream's order, stopping at the first failure. */
    void scalar(Node n, String text) {
        String failure = n.scalarFailure(text, path);
        if (failure != null) {
            error(failure);
        }
    }
}
