/**
 * The command-line face of API methods ({@code PVE::CLIHandler}): for now {@link
 * dev.jpve.cli.GetOptions}, upstream's {@code get_options}, which turns an argument vector into a
 * parameter object with GNU Getopt::Long's rules, driven by the method's schema.
 *
 * <p>Help texts: {@link dev.jpve.cli.MethodUsage} (upstream {@code usage_str}/{@code getopt_usage})
 * and {@link dev.jpve.cli.PropertyDocs} ({@code dump_properties}); the options every printing
 * command accepts are {@link dev.jpve.cli.StandardOutputOptions}.
 */
package dev.jpve.cli;
