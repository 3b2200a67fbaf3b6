package kozan.model.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The order of the covers (docs/model.md 7.4): recycled, purchases, own stock, state stockpile, emergency
 * substitution, emergency thrift; only the residual costs output.
 */
class ShortfallCascadeTest {

    private static final double EPS = 1e-12;

    @Test
    void eachCoverTakesWhatTheEarlierOnesLeftAndOnlyTheResidualRemains() {
        ShortfallCascade c = new ShortfallCascade();
        c.cover(100, 10, 30, 20, 15, 0.05, 0.05);
        // 100 - 10 recycled - 30 bought - 20 own stock - 15 stockpile = 25; substitutes 5, thrift 5: residual 15
        assertThat(new double[] {c.fromRecycled(), c.fromPurchases(), c.fromOwnStock(), c.fromStockpile(),
                c.bySubstitution(), c.byThrift(), c.residual()})
                .containsExactly(new double[] {10, 30, 20, 15, 5, 5, 15}, within(EPS));
        assertThat(c.materialGap()).isCloseTo(25, within(EPS));
    }

    @Test
    void ownStockIsUsedBeforeTheStockpileAndNeitherWhenPurchasesSuffice() {
        ShortfallCascade c = new ShortfallCascade();
        c.cover(100, 0, 120, 50, 40, 0.05, 0.05);
        assertThat(c.fromPurchases()).isEqualTo(100);
        assertThat(c.fromOwnStock()).isZero();
        assertThat(c.fromStockpile()).isZero();
        assertThat(c.residual()).isZero();
        c.cover(100, 0, 50, 30, 40, 0.05, 0.05);
        // 50 bought, own stock 30, then 20 of the stockpile's 40: nothing for substitutes
        assertThat(c.fromOwnStock()).isEqualTo(30);
        assertThat(c.fromStockpile()).isEqualTo(20);
        assertThat(c.bySubstitution()).isZero();
        assertThat(c.residual()).isZero();
    }

    @Test
    void substitutionComesBeforeThriftAndBothAreCappedByTheirShareOfUse() {
        ShortfallCascade c = new ShortfallCascade();
        // use 200 with nothing: substitutes 0.1 x 200 = 20, thrift 0.05 x 200 = 10, residual 170
        c.cover(200, 0, 0, 0, 0, 0.1, 0.05);
        assertThat(c.bySubstitution()).isCloseTo(20, within(EPS));
        assertThat(c.byThrift()).isCloseTo(10, within(EPS));
        assertThat(c.residual()).isCloseTo(170, within(EPS));
        // a gap of 15: all 15 substituted (cap 20), nothing left for thrift
        c.cover(200, 0, 185, 0, 0, 0.1, 0.05);
        assertThat(c.bySubstitution()).isCloseTo(15, within(EPS));
        assertThat(c.byThrift()).isZero();
        assertThat(c.residual()).isZero();
    }
}
