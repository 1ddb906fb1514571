/**
 * The {@code app} guest type: a guest is a supervised process with volumes on a directory
 * storage, managed through the same config engine, snapshot workflows, tasks and API shapes as
 * upstream's VMs and containers.
 */
package dev.jpve.node.app;
