package dev.jpve.rest;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One level of a handler's path tree: either one parameter level or fixed folders, never both,
 * plus the methods and the mount registered at exactly this level. Mutable only while the
 * handler is built.
 */
final class PathNode {
    final Map<String, PathNode> folders = new LinkedHashMap<>();
    final Map<HttpMethod, ApiMethod> methods = new EnumMap<>(HttpMethod.class);
    PathNode param;
    String paramName;
    String paramRegex;
    Pattern paramPattern;
    Mount mount;

    /** A handler mounted at a path of another, with the fragment delimiter if any. */
    record Mount(String path, ApiHandler handler, Optional<String> fragmentDelimiter) {}

    /** Descends into the parameter level {@code name}, creating it; fails as upstream on conflicts. */
    PathNode enterParam(String name, String regex, String errPrefix) {
        if (paramName != null && !paramName.equals(name)) {
            throw new IllegalArgumentException(errPrefix + " found changed regex match name");
        }
        if (paramRegex != null && !paramRegex.equals(regex)) {
            throw new IllegalArgumentException(errPrefix + " found changed regex");
        }
        if (!folders.isEmpty()) {
            throw new IllegalArgumentException(errPrefix + " path match error - regex and fixed items");
        }
        if (param == null) {
            paramPattern = compile(regex, errPrefix);
            paramName = name;
            paramRegex = regex;
            param = new PathNode();
        }
        return param;
    }

    /** Descends into the fixed folder {@code name}, creating it; fails if this is a parameter level. */
    PathNode enterFolder(String name, String errPrefix) {
        if (param != null) {
            throw new IllegalArgumentException(errPrefix + " path match error - regex and fixed items");
        }
        return folders.computeIfAbsent(name, k -> new PathNode());
    }

    private static Pattern compile(String regex, String errPrefix) {
        try {
            return Pattern.compile("(?:" + regex + ")");
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException(errPrefix + " bad regex '" + regex + "': " + e.getDescription(), e);
        }
    }
}
