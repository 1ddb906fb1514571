package dev.jpve.tools;

import java.util.Objects;

/**
 * One argument of a pipeline member ({@link Command#pipeline}): either a word that is
 * shell-quoted, or a raw shell fragment inserted verbatim (upstream's scalar reference, used for
 * redirections such as {@code 2>/dev/null}).
 *
 * {@snippet :
 * Command.pipeline(List.of("zcat", src), List.of("tar", "x", Arg.raw("2>/dev/null")));
 * }
 */
public sealed interface Arg {
    /** The text this argument contributes to the pipeline's shell command. */
    String render();

    /** A raw shell fragment, inserted into the pipeline's command line unquoted. */
    static Arg raw(String fragment) {
        return new Raw(fragment);
    }

    /** A literal word, shell-quoted like {@link ShellQuote#shellquote}. */
    static Arg word(String word) {
        return new Word(word);
    }

    /**
     * A literal word.
     *
     * @param word the argument as the program receives it
     */
    record Word(String word) implements Arg {
        /** Checks the argument. */
        public Word {
            Objects.requireNonNull(word, "word");
        }

        @Override
        public String render() {
            return ShellQuote.shellquote(word);
        }
    }

    /**
     * A raw shell fragment.
     *
     * @param fragment shell syntax inserted as is
     */
    record Raw(String fragment) implements Arg {
        /** Checks the argument. */
        public Raw {
            Objects.requireNonNull(fragment, "fragment");
        }

        @Override
        public String render() {
            return fragment;
        }
    }
}
