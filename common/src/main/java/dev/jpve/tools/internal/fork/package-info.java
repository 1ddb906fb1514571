/** The child-JVM side of {@code dev.jpve.tools.Fork}. Internal: not exported. */
package dev.jpve.tools.internal.fork;
