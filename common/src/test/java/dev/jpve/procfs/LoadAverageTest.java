package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoadAverageTest {
    @Test
    void keepsTheAveragesAsWritten() {
        assertThat(LoadAverage.parse("0.52 0.58 0.59 1/389 12345"))
                .isEqualTo(new LoadAverage("0.52", "0.58", "0.59"));
    }

    @Test
    void givesZerosForAnUnparseableLine() {
        assertThat(LoadAverage.parse("0.52")).isEqualTo(new LoadAverage("0", "0", "0"));
        assertThat(LoadAverage.parse("a b c 1/2 3")).isEqualTo(new LoadAverage("0", "0", "0"));
    }

    @Test
    void readsThisMachine() {
        assertThat(LoadAverage.read().one()).matches("[0-9]+\\.[0-9]+");
    }
}
