package dev.jpve.cli;

import dev.jpve.format.ByteSizes;
import dev.jpve.format.Durations;
import dev.jpve.format.Percentages;
import dev.jpve.format.Timestamps;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The renderers a schema's {@code renderer} key can name (upstream's {@code register_renderer}
 * registry), immutable: {@link #with} gives a new registry.
 *
 * <p>The standard set, as {@code PVE::CLIFormatter} registers it:
 * <ul>
 * <li>{@code timestamp}: epoch seconds as {@code YYYY-MM-DD HH:MM:SS} in the given zone</li>
 * <li>{@code timestamp_gmt}: the same in UTC</li>
 * <li>{@code duration}: seconds as {@code 2w 21h 22m 24s}</li>
 * <li>{@code fraction_as_percentage}: {@code 0.412} as {@code 41.20%}</li>
 * <li>{@code bytes}: a byte count as {@code 1.50 KiB}, with the options' precision</li>
 * <li>{@code yaml}: a YAML dump without the {@code ---} line</li>
 * </ul>
 *
 * {@snippet :
 * Renderers r = Renderers.standard(ZoneId.of("Europe/Vienna"))
 *     .with("upper", (v, o, t) -> v.asString().toUpperCase());
 * }
 */
public final class Renderers {
    private final Map<String, Renderer> byName;

    private Renderers(Map<String, Renderer> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The standard renderers, with local times in the system's default zone. */
    public static Renderers standard() {
        return standard(ZoneId.systemDefault());
    }

    /** The standard renderers, with local times ({@code timestamp}) in {@code zone}. */
    public static Renderers standard(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        Map<String, Renderer> m = new LinkedHashMap<>();
        m.put("timestamp", (v, o, t) -> Timestamps.render(epoch(v), zone));
        m.put("timestamp_gmt", (v, o, t) -> Timestamps.renderGmt(epoch(v)));
        m.put("duration", (v, o, t) -> Durations.render(PerlValues.number(v)));
        m.put("fraction_as_percentage", (v, o, t) -> Percentages.renderFraction(PerlValues.number(v)));
        m.put("bytes", (v, o, t) -> ByteSizes.render(PerlValues.number(v), Math.max(0, o.precision().orElse(0))));
        m.put("yaml", (v, o, t) -> YamlDump.withoutMarker(v));
        return new Renderers(m);
    }

    /** No renderer at all. */
    public static Renderers empty() {
        return new Renderers(Map.of());
    }

    /**
     * A registry with one more renderer.
     *
     * @throws IllegalArgumentException if the name is taken (upstream: {@code renderer 'NAME' already registered})
     */
    public Renderers with(String name, Renderer renderer) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(renderer, "renderer");
        if (byName.containsKey(name)) {
            throw new IllegalArgumentException("renderer '" + name + "' already registered");
        }
        Map<String, Renderer> m = new LinkedHashMap<>(byName);
        m.put(name, renderer);
        return new Renderers(m);
    }

    /** The renderer with this name. */
    public Optional<Renderer> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The registered names. */
    public Set<String> names() {
        return byName.keySet();
    }

    /** Perl's {@code localtime($v)}: the numeric value truncated to whole seconds. */
    private static long epoch(JsonNode v) {
        return (long) PerlValues.number(v);
    }
}
