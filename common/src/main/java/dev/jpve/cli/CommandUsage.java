package dev.jpve.cli;

import java.util.Map;

/** The usage text of one command: its method's usage with the command's arguments and options. */
final class CommandUsage {

    private CommandUsage() {}

    static String of(Command command, String prefix, UsageFormat format, Map<String, ParamMapping> mappings) {
        return MethodUsage.usage(command.method(), prefix, command.argParam(), command.fixed(), format, mappings,
                command.formatterProps(), command.handler().formats());
    }
}
