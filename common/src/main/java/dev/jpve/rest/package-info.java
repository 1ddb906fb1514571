/**
 * The API framework (upstream {@code PVE::RESTHandler}): methods defined once, with their
 * schemas, and served through a handler tree by path and by name.
 *
 * <p>An {@link dev.jpve.rest.ApiMethod} is a value: name, path, HTTP method, description,
 * parameter and return schemas, permissions and the code. An {@link dev.jpve.rest.ApiHandler}
 * holds methods and mounts other handlers below paths; it finds the method for a request path
 * ({@link dev.jpve.rest.ApiHandler#findHandler}), calls a method with validated parameters
 * ({@link dev.jpve.rest.ApiHandler#handle}) and dumps the tree for the API viewer
 * ({@link dev.jpve.rest.ApiDump}). Both the HTTP server and the CLI end in {@code handle}.
 */
package dev.jpve.rest;
