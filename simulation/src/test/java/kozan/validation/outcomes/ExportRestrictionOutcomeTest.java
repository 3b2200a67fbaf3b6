package kozan.validation.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kozan.validation.MonthlySeries;
import kozan.validation.ValidationRuns;
import org.junit.jupiter.api.Test;

/**
 * Outcome checks of a future export restriction: China (76% of Japan's rare-earth imports, 85% of world supply)
 * halts exports 2027-01 for 3 months, then cuts them to 45% for 21 months (rare-earth-export-restriction.yaml),
 * against the baseline with the same replications (common random numbers). No record exists of this event, so
 * the independent evidence is the direction of every move in the 2010 episode (S59-S62, S137-S139): the price
 * multiplies, Japan's consumption falls through thrifting, and imports shift from China to the other sources.
 * None of the three is typed in (the scenario sets volumes only). The sizes are not checked against data.
 */
class ExportRestrictionOutcomeTest {

    static final String RE = "rare_earths";

    private static double annual(MonthlySeries r, String metric, int year) {
        return r.annual(metric, RE, "", "", year);
    }

    @Test
    void restrictionRaisesPriceCutsConsumptionAndShiftsImportShares() {
        // the exogenous price model (stress tests, docs/model.md 7.1): the world market of 7.1.1 leaves a halt to
        // Japan alone to other buyers and moves the world price little, by design
        List<List<MonthlySeries>> pair = ValidationRuns.restrictionPairExogenous();
        List<MonthlySeries> base = pair.get(0);
        List<MonthlySeries> treat = pair.get(1);
        for (int k = 0; k < ValidationRuns.REPS; k++) {
            MonthlySeries b = base.get(k);
            MonthlySeries t = treat.get(k);
            // before the event the two runs are the same draws: identical prices (common random numbers)
            assertThat(annual(t, "world_price", 2026)).isEqualTo(annual(b, "world_price", 2026));
            for (int y = 2027; y <= 2028; y++) {
                // price: at least +20% during the restriction (China's 85% of world supply partly lost)
                assertThat(annual(t, "world_price", y)).as("price %d", y).isGreaterThan(1.2 * annual(b, "world_price", y));
                assertThat(annual(t, "consumption_t", y)).as("consumption %d", y).isLessThan(annual(b, "consumption_t", y));
                // China's share falls by more than 10 points in both years (its volume is cut to 45% or less),
                // every other source's share rises
                assertThat(t.importShare(RE, "china", y)).as("China share %d", y).isLessThan(b.importShare(RE, "china", y) - 0.10);
                for (String src : List.of("australia", "vietnam", "france", "other")) {
                    assertThat(t.importShare(RE, src, y)).as("%s share %d", src, y).isGreaterThan(b.importShare(RE, src, y));
                }
            }
            // thrifting: material intensity ends lower than in the control (not only output lost to shortages)
            assertThat(t.finalIntensityRatio(RE)).as("RE intensity ratio, restricted").isLessThan(b.finalIntensityRatio(RE) - 0.02);
        }
    }
}
