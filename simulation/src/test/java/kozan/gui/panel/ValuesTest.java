package kozan.gui.panel;

import static org.assertj.core.api.Assertions.assertThat;

import kozan.gui.compare.Quantity.Kind;
import org.junit.jupiter.api.Test;

/** Signed differences as the compare view prints them: the sign, the unit of each kind, and no "-0". */
class ValuesTest {

    @Test
    void eachKindPrintsItsSignAndUnit() {
        assertThat(Values.signed(Kind.PERSONS, 61_915.4, true)).isEqualTo("+61,915 persons");
        assertThat(Values.signed(Kind.PERSONS, -1_204, false)).isEqualTo("-1,204");
        assertThat(Values.signed(Kind.SHARE, -0.0701, true)).isEqualTo("-7.01 pp");
        assertThat(Values.signed(Kind.PRICE, 0.25, true)).isEqualTo("+0.250");
        assertThat(Values.signed(Kind.YEN, 6.0e7, true)).isEqualTo("+JPY 0.06 bn");
    }

    @Test
    void floatNoiseAroundZeroPrintsAsAnUnsignedZero() {
        assertThat(Values.signed(Kind.SHARE, -5.9e-11, true)).isEqualTo("0.00 pp");
        assertThat(Values.signed(Kind.PRICE, -1e-9, false)).isEqualTo("0.000");
        assertThat(Values.signed(Kind.PERSONS, 0.3, true)).isEqualTo("0 persons");
    }

    @Test
    void aValueThatIsNotANumberSaysSo() {
        assertThat(Values.signed(Kind.PERSONS, Double.NaN, true)).isEqualTo("n/a");
    }
}
