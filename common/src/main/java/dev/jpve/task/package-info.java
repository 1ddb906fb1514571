/** Worker tasks: UPIDs ({@code PVE::UPID}), task status texts, and (later) task logs and workers. */
package dev.jpve.task;
