package dev.jpve.rest;

/** The HTTP methods an API method can be registered for. */
public enum HttpMethod {
    /** Read; the default. */
    GET,
    /** Create or act. */
    POST,
    /** Update. */
    PUT,
    /** Remove. */
    DELETE
}
