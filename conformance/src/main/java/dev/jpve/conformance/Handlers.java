package dev.jpve.conformance;

import java.util.Map;

/** The list of conformance names this driver answers; one line per name. */
final class Handlers {
    private Handlers() {}

    static void register(Map<String, CaseHandler> handlers) {
        handlers.put("cliformat", new CliformatCases());
        handlers.put("getopts", new GetoptsCases());
        handlers.put("guestconfig", new GuestConfigCases());
        handlers.put("propstr", new PropstrCases());
        handlers.put("sectionconfig", new SectionConfigCases());
        handlers.put("tools", new ToolsCases());
        handlers.put("upid", new UpidCases());
        handlers.put("validate", new ValidateCases());
    }
}
