/** Readers of {@code /proc} ({@code PVE::ProcFSTools}) as typed records: pure parsers beside the I/O. */
package dev.jpve.procfs;
