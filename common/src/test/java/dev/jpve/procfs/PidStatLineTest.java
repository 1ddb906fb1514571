package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

class PidStatLineTest {
    /** Upstream's pattern, transcribed as a regular expression: the oracle for the hand matcher. */
    private static final Pattern ORACLE = Pattern.compile("^([0-9]+) \\((.*)\\) (\\S) (-?[0-9]+)"
            + " -?[0-9]+ -?[0-9]+ -?[0-9]+ -?[0-9]+ [0-9]+ [0-9]+ [0-9]+ [0-9]+ [0-9]+ ([0-9]+) ([0-9]+)"
            + " -?[0-9]+ -?[0-9]+ -?[0-9]+ -?[0-9]+ -?[0-9]+ 0 ([0-9]+) ([0-9]+) (-?[0-9]+)"
            + " [0-9]+ [0-9]+ [0-9]+ [0-9]+ [0-9]+ [0-9]+ [0-9]+ [0-9]+ [0-9]+ [0-9]+ [0-9]+ [0-9]+ [0-9]+"
            + " -?[0-9]+ -?[0-9]+ [0-9]+ [0-9]+ [0-9]+", Pattern.UNIX_LINES);

    private static Optional<PidStat> oracle(String line) {
        Matcher m = ORACLE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PidStat(Long.parseLong(m.group(1)), m.group(2), m.group(3),
                    Long.parseLong(m.group(4)), Long.parseUnsignedLong(m.group(5)),
                    Long.parseUnsignedLong(m.group(6)), Long.parseUnsignedLong(m.group(7)),
                    Long.parseUnsignedLong(m.group(8)), Long.parseLong(m.group(9)) * 4096));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Property(tries = 3000)
    void agreesWithUpstreamsPatternOnMutatedLines(@ForAll("statLines") String line) {
        Optional<PidStat> expected = oracle(line);
        assertThat(PidStatLine.parse(line)).isEqualTo(expected);
        Statistics.collect(expected.isPresent());
        Statistics.coverage(checker -> {
            checker.check(true).percentage(p -> p > 3);
            checker.check(false).percentage(p -> p > 5);
        });
    }

    @Test
    void agreesWithUpstreamsPatternOnTheSpecLine() {
        assertThat(PidStatLine.parse(PidStatTest.SL_LINE)).isEqualTo(oracle(PidStatTest.SL_LINE))
                .isPresent();
    }

    @Provide
    Arbitrary<String> statLines() {
        Arbitrary<String> comm = Arbitraries.of("sl", "sl ) (x", "a) S 1", "", ") ", "x)", "(", "a\nb",
                "kworker/0:1-events", "a) S 2 3) b");
        Arbitrary<String> state = Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.of("S", "R", "Z", "-")),
                Tuple.of(1, Arbitraries.of("SS", " ", "\t", "")));
        Arbitrary<List<String>> numbers = Arbitraries.frequencyOf(
                Tuple.of(60, Arbitraries.just("0")), Tuple.of(60, Arbitraries.just("1")),
                Tuple.of(60, Arbitraries.just("17")), Tuple.of(3, Arbitraries.just("18446744073709551615")),
                Tuple.of(1, Arbitraries.just("-1")), Tuple.of(1, Arbitraries.just("99999999999999999999")),
                Tuple.of(1, Arbitraries.just("")), Tuple.of(1, Arbitraries.just("12a")),
                Tuple.of(1, Arbitraries.just("-")), Tuple.of(2, Arbitraries.just("00"))).list().ofSize(40);
        Arbitrary<String> tail = Arbitraries.of("", " 1 2", "x", "\n", " ");
        Arbitrary<String> pid = Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.of("1", "17696")),
                Tuple.of(1, Arbitraries.of("x", "", "99999999999999999999")));
        return Combinators.combine(pid, comm, state, numbers, tail)
                .as((p, c, s, n, t) -> {
                    StringBuilder line = new StringBuilder(p).append(" (").append(c).append(") ").append(s);
                    for (int i = 1; i < n.size(); i++) {
                        line.append(' ').append(i == 18 && !n.get(i).equals("1") ? "0" : n.get(i));
                    }
                    return line.append(t).toString();
                });
    }
}
