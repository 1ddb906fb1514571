package dev.jpve.cli;

import dev.jpve.tools.FileContents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How a CLI turns what the user typed for a parameter into the value the method gets
 * (upstream's parameter mapping): a file path replaced by the file's content, or an interactive
 * prompt such as a password read from the terminal.
 *
 * @param name the parameter
 * @param desc the type text shown in help instead of the parameter's own, such as
 *     {@code <filepath>} or {@code <password>}
 * @param func the mapping: for a non-interactive mapping called with the option's value after
 *     parsing; for an interactive one called with the given value ({@code ""} when the option had
 *     none) while parsing
 * @param interactive whether {@code func} prompts (it runs during option parsing)
 */
public record ParamMapping(String name, String desc, UnaryOperator<String> func, boolean interactive) {

    /** Checks the arguments. */
    public ParamMapping {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(desc, "desc");
        Objects.requireNonNull(func, "func");
    }

    /** The parameter's value is a file path; the method gets the file's content (desc {@code <filepath>}). */
    public static ParamMapping fileContent(String name) {
        return new ParamMapping(name, "<filepath>", ParamMapping::readFile, false);
    }

    private static String readFile(String path) {
        try {
            return FileContents.getString(Path.of(path), FileContents.DEFAULT_MAX);
        } catch (IOException e) {
            throw new UncheckedIOException("unable to open file '" + path + "' - " + e.getMessage(), e);
        }
    }
}
