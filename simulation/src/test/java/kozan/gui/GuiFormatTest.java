package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A signed difference in yen reads like an amount ("JPY 1,234 bn") with its sign in front, in the comparison
 * headline, the panels and the differences table alike: they wrote "+JPY 1,824 bn" and "+1.82 JPY bn" for the
 * same kind of number.
 */
class GuiFormatTest {

    @Test
    void aSignedDifferenceInYenIsAnAmountInBillionsWithItsSign() {
        assertThat(GuiFormat.signedYenBillions(1.824e12, true)).isEqualTo("+JPY 1,824 bn");
        assertThat(GuiFormat.signedYenBillions(-1.2e9, true)).isEqualTo("-JPY 1.20 bn");
        assertThat(GuiFormat.signedYenBillions(5.512e7, true)).isEqualTo("+JPY 0.06 bn");
        assertThat(GuiFormat.signedYenBillions(-12.34e9, true)).isEqualTo("-JPY 12.3 bn");
        // the ends of an interval after a value with the unit
        assertThat(GuiFormat.signedYenBillions(-1.2e9, false)).isEqualTo("-1.20");
        assertThat(GuiFormat.signedYenBillions(1.824e12, false)).isEqualTo("+1,824");
    }

    @Test
    void whatRoundsToZeroHasNoSign() {
        assertThat(GuiFormat.signedYenBillions(3e-7, true)).isEqualTo("JPY 0.00 bn");
        assertThat(GuiFormat.signedYenBillions(-3e-7, true)).isEqualTo("JPY 0.00 bn");
        assertThat(GuiFormat.signedYenBillions(Double.NaN, true)).isEmpty();
    }

    @Test
    void anAmountIsUnchanged() {
        assertThat(GuiFormat.yenBillions(5e8)).isEqualTo("JPY 0.50 bn");
        assertThat(GuiFormat.yenBillions(-12.34e9)).isEqualTo("JPY -12.3 bn");
        assertThat(GuiFormat.yenBillions(1.2346e12)).isEqualTo("JPY 1,235 bn");
    }
}
