package dev.jpve.schema;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class NumbersTest {
    @Property
    void plainDecimalsParseExactlyAsParseDouble(@ForAll @LongRange(min = -999_999_999_999_999L, max = 999_999_999_999_999L) long digits,
            @ForAll @IntRange(min = 0, max = 15) int scale) {
        String text = new java.math.BigDecimal(java.math.BigInteger.valueOf(digits), scale).toPlainString();
        assertThat(Numbers.parse(text)).isEqualTo(Double.parseDouble(text));
    }

    @Property
    void otherNumberFormsFallBackToParseDouble(@ForAll double d) {
        String text = Double.toString(d);
        if (PerlScalar.isNumber(text)) {
            assertThat(Numbers.parse(text)).isEqualTo(Double.parseDouble(text));
        }
    }
}
