/**
 * The jpve node: {@link dev.jpve.node.Node} assembles the API tree ({@link dev.jpve.node.NodeApi}:
 * version, access, nodes with status and tasks) on the HTTP server with an embedded data
 * directory; {@link dev.jpve.node.NodeMain} is {@code ./jpve start}.
 */
package dev.jpve.node;
