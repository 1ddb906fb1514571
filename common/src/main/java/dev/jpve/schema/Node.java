package dev.jpve.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A schema compiled for validation: every lookup the validator needs is resolved once here
 * (patterns, formats, property index, enum texts), so that validating allocates nothing on the
 * happy path.
 */
final class Node {
    enum Kind { NONE, STRING, INTEGER, NUMBER, BOOLEAN, OBJECT, ARRAY, NULL, ANY, CODEREF, UNION, SCHEMA }

    enum Additional { ABSENT, ALLOW, DENY, SCHEMA }

    final Schema schema;
    final boolean optional;
    final boolean group;
    final boolean alias;
    final Kind kind;
    final String typeLabel;
    final Node[] union;
    final Node typeSchema;

    final Node[] legacyOneOf;
    final String typeProperty;
    final Set<String> instanceTypes;

    final Node items;
    final Props props;
    final boolean objectCheck;
    final Additional additional;
    final Node additionalNode;
    final Node[] allOf;
    final Node typePropertyNode;
    final Map<String, Node> variants;
    final boolean mustBeObject;

    final boolean hasScalarRules;
    final FormatCheck format;
    final Regex pattern;
    final int maxLength;
    final int minLength;
    final Num maximum;
    final Num minimum;
    final String[] enumTexts;
    final String enumJoined;

    final String requiresProperty;
    final Node requiresNode;

    /** A plain scalar property: no alias, requires, oneOf or instance types; checkable by {@link #scalarFailure}. */
    final boolean simple;

    /** Compiles a schema; named formats are resolved in {@code formats}. */
    static Node compile(Schema s, Formats formats) {
        return new Node(s, formats);
    }

    /** A node checking only a type name (a member of a union). */
    private Node(String typeName) {
        this(AnySchema.builder().type(typeName).build(), Formats.empty());
    }

    private Node(Schema s, Formats formats) {
        Common c = s.common();
        schema = s;
        optional = c.optional().orElse(false);
        group = c.group().orElse(false);
        alias = c.alias().isPresent();
        typeProperty = c.typeProperty().orElse(null);
        instanceTypes = c.instanceTypes().map(Set::copyOf).orElse(null);
        boolean typed = c.isTypedOneOf();
        legacyOneOf = c.oneOf().filter(x -> !typed).map(l -> compileAll(l, formats)).orElse(null);
        allOf = c.allOf().map(l -> compileAll(l, formats)).orElse(null);
        typePropertyNode = typed ? compile(c.typePropertySchema().orElseThrow(), formats) : null;
        variants = typed ? variants(c.oneOf().orElseThrow(), formats) : null;
        mustBeObject = allOf != null || typed;
        requiresProperty = c.requires().map(r -> r instanceof Requires.Property p ? p.name() : null).orElse(null);
        requiresNode = c.requires().map(r -> r instanceof Requires.Of o ? compile(o.schema(), formats) : null).orElse(null);

        TypeExpr type = typeExpr(s);
        kind = kind(type);
        typeLabel = label(type);
        union = type instanceof TypeExpr.Union u ? unionNodes(u, formats) : null;
        typeSchema = type instanceof TypeExpr.Of o ? compile(o.schema(), formats) : null;

        Optional<Map<String, Schema>> properties = properties(s);
        Optional<dev.jpve.schema.Additional> add = additional(s);
        props = properties.map(p -> new Props(p, formats)).orElse(Props.EMPTY);
        additional = add.map(a -> a instanceof dev.jpve.schema.Additional.Flag f
                ? (f.allowed() ? Additional.ALLOW : Additional.DENY) : Additional.SCHEMA).orElse(Additional.ABSENT);
        additionalNode = add.map(a -> a instanceof dev.jpve.schema.Additional.Of o ? compile(o.schema(), formats) : null)
                .orElse(null);
        objectCheck = properties.isPresent() || additional == Additional.ALLOW || additional == Additional.SCHEMA;
        items = items(s).map(i -> compile(i, formats)).orElse(null);

        ScalarRules r = rules(s);
        hasScalarRules = !r.isEmpty() || mustBeObject;
        format = r.format().map(f -> FormatCheck.compile(f, formats)).orElse(null);
        pattern = r.pattern().orElse(null);
        maxLength = r.maxLength().orElse(-1);
        minLength = r.minLength().orElse(-1);
        maximum = r.maximum().orElse(null);
        minimum = r.minimum().orElse(null);
        enumTexts = r.enumValues().map(l -> l.stream().map(PerlScalar::text).toArray(String[]::new)).orElse(null);
        enumJoined = enumTexts == null ? null : String.join(", ", enumTexts);
        simple = legacyOneOf == null && instanceTypes == null && typeProperty == null && !alias
                && requiresProperty == null && requiresNode == null && !mustBeObject
                && switch (kind) {
                    case NONE, ANY, STRING, INTEGER, NUMBER, BOOLEAN -> true;
                    default -> false;
                };
    }

    /** The type check of a scalar kind ({@code string}, {@code integer}, ...): null or the failure message. */
    String scalarTypeFailure(tools.jackson.databind.JsonNode v) {
        if (!PerlScalar.isScalar(v)) {
            if (v.isBoolean() && kind == Kind.BOOLEAN) {
                return null;
            }
            return "type check ('" + typeLabel + "') failed - got " + PerlScalar.referenceKind(v);
        }
        if (kind != Kind.BOOLEAN && kind != Kind.INTEGER && kind != Kind.NUMBER) {
            return null;
        }
        return textTypeFailure(PerlScalar.text(v));
    }

    /** The type check of a scalar's text: null or the failure message (any other kind passes). */
    String textTypeFailure(String text) {
        boolean ok = switch (kind) {
            case BOOLEAN -> text.equals("1") || text.equals("0");
            case INTEGER -> PerlScalar.isInteger(text);
            case NUMBER -> PerlScalar.isNumber(text);
            default -> true;
        };
        return ok ? null : "type check ('" + typeLabel + "') failed - got '" + text + "'";
    }

    /** For a {@link #simple} node: whether the scalar text passes the type check and every rule. */
    boolean scalarOk(String text) {
        return textTypeFailure(text) == null && (!hasScalarRules || scalarFailure(text, "") == null);
    }

    /** The first failing scalar check's message, in upstream's order, or null. */
    String scalarFailure(String text, CharSequence path) {
        if (mustBeObject) {
            return "value must be an object";
        }
        if (format != null) {
            String failure = format.check(text, path);
            if (failure != null) {
                return "invalid format - " + failure;
            }
        }
        if (pattern != null && !pattern.matches(text)) {
            return "value does not match the regex pattern";
        }
        if (maxLength >= 0 && length(text) > maxLength) {
            return "value may only be " + maxLength + " characters long";
        }
        if (minLength >= 0 && length(text) < minLength) {
            return "value must be at least " + minLength + " characters long";
        }
        if ((maximum != null || minimum != null) && PerlScalar.isNumber(text)) {
            double d = Numbers.parse(text);
            if (maximum != null && d > maximum.value()) {
                return "value must have a maximum value of " + maximum.text();
            }
            if (minimum != null && d < minimum.value()) {
                return "value must have a minimum value of " + minimum.text();
            }
        }
        if (enumTexts != null && !inEnum(text)) {
            return "value '" + text + "' does not have a value in the enumeration '" + enumJoined + "'";
        }
        return null;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private boolean inEnum(String text) {
        for (String e : enumTexts) {
            if (e.equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static Node[] compileAll(List<Schema> list, Formats formats) {
        return list.stream().map(x -> compile(x, formats)).toArray(Node[]::new);
    }

    private static Map<String, Node> variants(List<Schema> list, Formats formats) {
        Map<String, Node> map = new HashMap<>();
        for (Schema v : list) {
            v.common().instanceType().ifPresent(t -> map.putIfAbsent(t, compile(v, formats)));
        }
        return map;
    }

    private Node[] unionNodes(TypeExpr.Union u, Formats formats) {
        List<Node> nodes = new ArrayList<>();
        for (TypeExpr m : u.members()) {
            nodes.add(m instanceof TypeExpr.Of o ? compile(o.schema(), formats)
                    : new Node(((TypeExpr.Name) m).name()));
        }
        return nodes.toArray(Node[]::new);
    }

    private static TypeExpr typeExpr(Schema s) {
        return switch (s) {
            case AnySchema a -> a.type().orElse(null);
            default -> new TypeExpr.Name(s.typeName().orElseThrow());
        };
    }

    private static Kind kind(TypeExpr t) {
        return switch (t) {
            case null -> Kind.NONE;
            case TypeExpr.Union u -> Kind.UNION;
            case TypeExpr.Of o -> Kind.SCHEMA;
            case TypeExpr.Name n -> Kind.valueOf(n.name().toUpperCase(java.util.Locale.ROOT));
        };
    }

    private static String label(TypeExpr t) {
        return switch (t) {
            case null -> "";
            case TypeExpr.Name n -> n.name();
            case TypeExpr.Of o -> "HASH";
            case TypeExpr.Union u -> String.join("|", u.members().stream().map(Node::label).toList());
        };
    }

    private static Optional<Map<String, Schema>> properties(Schema s) {
        return switch (s) {
            case ObjectSchema o -> o.properties();
            case AnySchema a -> a.properties();
            default -> Optional.empty();
        };
    }

    private static Optional<dev.jpve.schema.Additional> additional(Schema s) {
        return switch (s) {
            case ObjectSchema o -> o.additionalProperties();
            case AnySchema a -> a.additionalProperties();
            default -> Optional.empty();
        };
    }

    private static Optional<Schema> items(Schema s) {
        return switch (s) {
            case ArraySchema a -> a.items();
            case AnySchema a -> a.items();
            default -> Optional.empty();
        };
    }

    static ScalarRules rules(Schema s) {
        return switch (s) {
            case StringSchema x -> x.rules();
            case IntegerSchema x -> x.rules();
            case NumberSchema x -> x.rules();
            case BooleanSchema x -> x.rules();
            case AnySchema x -> x.rules();
            case NullSchema x -> ScalarRules.NONE;
            case ArraySchema x -> ScalarRules.NONE;
            case ObjectSchema x -> ScalarRules.NONE;
        };
    }

    /** Whether some legacy oneOf alternative applies to the instance type (no instance-types: always). */
    boolean someAlternativeApplies(String instanceType) {
        for (Node alt : legacyOneOf) {
            if (alt.instanceTypes == null || (instanceType != null && alt.instanceTypes.contains(instanceType))) {
                return true;
            }
        }
        return false;
    }

    /** A compiled {@code properties} map with a name index. */
    static final class Props {
        static final Props EMPTY = new Props(Map.of(), Formats.empty());

        final String[] names;
        final Node[] nodes;
        final Map<String, Integer> index;
        final boolean hasAlias;
        /** No property needs the per-key pass ({@code requires}, legacy {@code oneOf}). */
        final boolean plain;

        Props(Map<String, Schema> map, Formats formats) {
            names = map.keySet().toArray(String[]::new);
            nodes = new Node[names.length];
            index = new HashMap<>();
            boolean anyAlias = false;
            for (int i = 0; i < names.length; i++) {
                nodes[i] = compile(map.get(names[i]), formats);
                index.put(names[i], i);
                anyAlias |= nodes[i].alias;
            }
            hasAlias = anyAlias;
            boolean allPlain = true;
            for (Node n : nodes) {
                allPlain &= n.requiresProperty == null && n.requiresNode == null && n.legacyOneOf == null;
            }
            plain = allPlain;
        }

        Node get(String name) {
            Integer i = index.get(name);
            return i == null ? null : nodes[i];
        }
    }

    static Set<String> newKeySet() {
        return new HashSet<>();
    }
}
