/**
 * The command-line face of API methods ({@code PVE::CLIHandler}, {@code PVE::CLIFormatter}).
 *
 * <ul>
 * <li>{@link dev.jpve.cli.GetOptions}, upstream's {@code get_options}, turns an argument vector
 * into a parameter object with GNU Getopt::Long's rules, driven by the method's schema.</li>
 * <li>{@link dev.jpve.cli.ApiResultPrinter}, upstream's {@code print_api_result} and friends,
 * turns a method's result into exactly the text upstream prints: text tables (ASCII or UTF-8
 * borders, renderers, sorting, terminal width), JSON, Perl-style pretty JSON or YAML::XS-style
 * YAML, steered by {@link dev.jpve.cli.OutputOptions} and {@link dev.jpve.cli.TerminalOptions};
 * {@link dev.jpve.cli.Renderers} holds the named value renderers.</li>
 * </ul>
 */
package dev.jpve.cli;
