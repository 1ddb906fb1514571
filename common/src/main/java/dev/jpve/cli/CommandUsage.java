package dev.jpve.cli;

import java.util.Map;

/** The usage text of one command (upstream's {@code usage_str} of its method). */
final class CommandUsage {

    private CommandUsage() {}

    static String of(Command command, String prefix, UsageFormat format, Map<String, ParamMapping> mappings) {
        StringBuilder args = new StringBuilder();
        if (command.argParam() instanceof ArgParam.Positional p) {
            for (String name : p.names()) {
                var schema = command.method().parameters().map(s -> s.propertyMap().get(name));
                if (schema.isEmpty() || schema.get() == null) {
                    continue;
                }
                boolean list = name.equals("extra-args");
                args.append(' ').append(list ? "[<" + name + ">]" : schema.get().isOptional() ? "[<" + name + ">]" : "<" + name + ">");
            }
        }
        String line = prefix + " " + args.toString().strip() + " [OPTIONS]"
                + (command.formatterProps().containsKey("output-format") ? " [FORMAT_OPTIONS]" : "") + "\n";
        return format == UsageFormat.SHORT ? line : "USAGE: " + line;
    }
}
