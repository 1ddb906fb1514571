/**
 * The command-line face of API methods ({@code PVE::CLIHandler}, {@code PVE::CLIFormatter}).
 *
 * <ul>
 * <li>{@link dev.jpve.cli.CliTool} runs a command tree ({@link dev.jpve.cli.CommandGroup},
 * {@link dev.jpve.cli.Command}, {@link dev.jpve.cli.CommandAlias}) over API methods: command
 * words with unique prefixes and aliases, {@code help}, {@code bashcomplete},
 * {@code verifyapi}; {@link dev.jpve.cli.CliCall} is one method called from a command line.</li>
 * <li>{@link dev.jpve.cli.GetOptions}, upstream's {@code get_options}, turns an argument vector
 * into a parameter object with GNU Getopt::Long's rules, driven by the method's schema.</li>
 * <li>Help texts: {@link dev.jpve.cli.MethodUsage} (upstream {@code usage_str}/{@code getopt_usage})
 * and {@link dev.jpve.cli.PropertyDocs} ({@code dump_properties}); the options every printing
 * command accepts are {@link dev.jpve.cli.StandardOutputOptions}.</li>
 * <li>{@link dev.jpve.cli.ApiResultPrinter}, upstream's {@code print_api_result} and friends,
 * turns a method's result into exactly the text upstream prints: text tables (ASCII or UTF-8
 * borders, renderers, sorting, terminal width), JSON, Perl-style pretty JSON or YAML::XS-style
 * YAML, steered by {@link dev.jpve.cli.OutputOptions} and {@link dev.jpve.cli.TerminalOptions};
 * {@link dev.jpve.cli.Renderers} holds the named value renderers.</li>
 * </ul>
 */
package dev.jpve.cli;
