package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PidStatTest {
    /** The spec's observed line (T10), completed with the fields after rsslim. */
    static final String SL_LINE = "17696 (sl ) (x) S 17694 17690 2333 0 -1 4194304 125 0 0 0 0 0 0 0 20 0 1 0"
            + " 58639 2990080 390 18446744073709551615 94 95 96 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0 97 98 99 100 101";

    @Test
    void parsesTheObservedLineWithParenthesesAndSpacesInTheCommand() {
        PidStat stat = PidStat.parse(SL_LINE).orElseThrow();

        assertThat(stat).isEqualTo(new PidStat(17696, "sl ) (x", "S", 17694, 0, 0, 58639, 2990080,
                390 * 4096L));
        assertThat(stat.rss()).isEqualTo(1597440);
    }

    @Test
    void parsesAKernelLineWithoutTrailingFieldsBeyondTheFortySecond() {
        String line = "1 (init) S 0 1 1 0 -1 4194560 1 2 3 4 15 16 -17 -18 20 0 1 0 5 6 -7"
                + " 8 9 10 11 12 13 14 15 16 17 18 19 20 -21 -22 23 24 25";

        assertThat(PidStat.parse(line)).contains(
                new PidStat(1, "init", "S", 0, 15, 16, 5, 6, -7 * 4096L));
    }

    @Test
    void rejectsALineWhoseItrealvalueIsNotZero() {
        String line = SL_LINE.replace(" 20 0 1 0 58639", " 20 0 1 7 58639");

        assertThat(PidStat.parse(line)).isEmpty();
    }

    @Test
    void rejectsALineWithTooFewFields() {
        assertThat(PidStat.parse("17696 (sl) S 17694 17690")).isEmpty();
        assertThat(PidStat.parse("")).isEmpty();
    }

    @Test
    void rejectsANegativeValueInAnUnsignedField() {
        String line = SL_LINE.replace("4194304 125", "4194304 -125");

        assertThat(PidStat.parse(line)).isEmpty();
    }

    @Test
    void readsTheCurrentProcess() {
        long self = ProcessHandle.current().pid();

        Optional<PidStat> stat = PidStat.read(self);

        assertThat(stat).isPresent();
        assertThat(stat.get().pid()).isEqualTo(self);
        assertThat(stat.get().comm()).isNotEmpty();
        assertThat(stat.get().status()).isIn("R", "S", "D");
        assertThat(stat.get().ppid()).isEqualTo(ProcessHandle.current().parent().orElseThrow().pid());
        assertThat(stat.get().starttime()).isPositive();
        assertThat(stat.get().rss()).isPositive().matches(rss -> rss % 4096 == 0);
    }

    @Test
    void givesEmptyForAProcessThatDoesNotExist() {
        assertThat(PidStat.read(Integer.MAX_VALUE)).isEmpty();
    }

    @Test
    void recognisesAZombieByItsStateLetter() {
        PidStat zombie = PidStat.parse(SL_LINE.replace(") S ", ") Z ")).orElseThrow();

        assertThat(zombie.isZombie()).isTrue();
        assertThat(PidStat.parse(SL_LINE).orElseThrow().isZombie()).isFalse();
    }
}
