package dev.jpve.rest;

/** One registration of a handler, in registration order: a method or a mount. */
sealed interface Registration {

    /** A method registered at its path. */
    record Method(ApiMethod method) implements Registration {}

    /** Another handler mounted at a path. */
    record Mounted(PathNode.Mount mount) implements Registration {}
}
