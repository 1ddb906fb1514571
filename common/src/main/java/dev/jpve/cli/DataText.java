package dev.jpve.cli;

import dev.jpve.schema.PerlScalar;
import dev.jpve.schema.Schema;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Upstream's {@code data_to_text}: one value as the text shown in a table cell. */
final class DataText {
    private final Renderers renderers;

    DataText(Renderers renderers) {
        this.renderers = Objects.requireNonNull(renderers, "renderers");
    }

    /**
     * Undefined gives {@code ""}; with human-readable output and a schema, a boolean schema gives
     * {@code 1}/{@code 0} by Perl truthiness and a {@code renderer} is applied; otherwise objects,
     * arrays and JSON booleans give canonical compact JSON and scalars their Perl string form.
     *
     * @throws IllegalStateException if the schema names a renderer that is not registered
     */
    String text(JsonNode value, Optional<Schema> prop, OutputOptions options, TerminalOptions terminal) {
        if (PerlScalar.isUndefined(value)) {
            return "";
        }
        if (options.humanReadable() && prop.isPresent()) {
            Schema p = prop.get();
            if (p.typeName().filter("boolean"::equals).isPresent()) {
                return PerlScalar.isTruthy(value) ? "1" : "0";
            }
            Optional<String> name = p.common().renderer();
            if (name.isPresent()) {
                Renderer r = renderers.get(name.get()).orElseThrow(() -> new IllegalStateException(
                        "internal error: unknown renderer '" + name.get() + "'"));
                return r.render(value, options, terminal);
            }
        }
        return PerlScalar.isScalar(value) ? PerlScalar.text(value) : PerlJson.compact(value);
    }
}
