/**
 * The command-line face of API methods ({@code PVE::CLIHandler}): for now {@link
 * dev.jpve.cli.GetOptions}, upstream's {@code get_options}, which turns an argument vector into a
 * parameter object with GNU Getopt::Long's rules, driven by the method's schema.
 */
package dev.jpve.cli;
