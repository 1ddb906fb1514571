/**
 * API handlers every jpve node serves, defined once with the framework of
 * {@link dev.jpve.rest}: {@link dev.jpve.api.TaskApi}, the task list, status, log and stop
 * methods below {@code /nodes/{node}/tasks}.
 */
package dev.jpve.api;
