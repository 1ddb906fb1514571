package dev.jpve.tools.internal.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The environment a child gets: this process' environment plus
 * {@code LVM_SUPPRESS_FD_WARNINGS=1}, and {@code LC_ALL=C} unless the locale is kept.
 */
final class ChildEnvironment {
    private static final String LVM = "LVM_SUPPRESS_FD_WARNINGS";
    private static final String LC_ALL = "LC_ALL";
    private static final List<String> BASE = base();
    private static final String INHERITED_LC_ALL = System.getenv(LC_ALL);

    private ChildEnvironment() {}

    /** The {@code NAME=value} entries for a child. */
    static List<String> entries(boolean keepLocale) {
        List<String> env = new ArrayList<>(BASE.size() + 2);
        env.addAll(BASE);
        env.add(LVM + "=1");
        if (!keepLocale) {
            env.add(LC_ALL + "=C");
        } else if (INHERITED_LC_ALL != null) {
            env.add(LC_ALL + "=" + INHERITED_LC_ALL);
        }
        return env;
    }

    private static List<String> base() {
        List<String> env = new ArrayList<>();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            if (!e.getKey().equals(LVM) && !e.getKey().equals(LC_ALL)) {
                env.add(e.getKey() + "=" + e.getValue());
            }
        }
        return List.copyOf(env);
    }
}
