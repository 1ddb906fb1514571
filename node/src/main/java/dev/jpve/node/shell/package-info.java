/**
 * {@code jpvesh}, upstream's {@code pvesh}: {@code ls}, {@code get}, {@code set}, {@code create},
 * {@code delete} and {@code usage} on any path of a node's API tree, in-process as
 * {@code root@pam}.
 */
package dev.jpve.node.shell;
