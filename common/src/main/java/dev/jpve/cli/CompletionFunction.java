package dev.jpve.cli;

import java.util.List;

/**
 * Candidate values of a parameter for shell completion. A schema names its function in its
 * {@code completion} keyword; the CLI tool maps names to functions.
 */
@FunctionalInterface
public interface CompletionFunction {

    /**
     * The candidates; the caller keeps those starting with {@code cur}.
     *
     * @param command the command word
     * @param param the parameter being completed
     * @param cur the word being completed
     * @param args the command's arguments so far
     */
    List<String> complete(String command, String param, String cur, List<String> args);
}
