package kozan.validation.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.scenario.CommoditySpec;
import kozan.scenario.Scenario;
import kozan.validation.MonthlySeries;
import kozan.validation.ValidationRuns;
import org.junit.jupiter.api.Test;

/**
 * Input checks of the 2010 rare-earth replay (rare-earth-2010-replay.yaml, docs/data-sources.md "Rare-earth 2010
 * replay"): what the replay was set from comes back out. The price path is typed in as PRICE_SHOCK events on the
 * recorded basket index (S137-S139), China's 2008 share is S59/S62's ~90% and its share after 2010 follows from
 * calibrated agreements and risk aversion (M3), and the thrift floor of 0.6 is derived from today's 15-20 kt of
 * imports (S65, S66), so none of these is a prediction. What the replay produces that it
 * was not set from is in {@code kozan.validation.outcomes.Replay2010OutcomeTest}.
 */
class ReplayInputCheckTest {

    static final String RE = "rare_earths";

    private static double annual(MonthlySeries r, String metric, int year) {
        return r.annual(metric, RE, "", "", year);
    }

    @Test
    void replayCarriesChinasPre2010ShareAndRunsItInCalmYears() {
        Scenario s = ValidationRuns.load("rare-earth-2010-replay.yaml", List.of());
        CommoditySpec re = s.commodities().stream().filter(c -> c.id().equals(RE)).findFirst().orElseThrow();
        assertThat(re.importSources().stream().filter(i -> i.id().equals("china")).findFirst().orElseThrow().share())
                .as("China's base share (S59, S62)").isEqualTo(0.90);
        for (MonthlySeries r : ValidationRuns.replay()) {
            // 2008-09: no event yet, so the import split is the base split
            assertThat(r.importShare(RE, "china", 2008)).as("China share 2008").isCloseTo(0.90, within(0.02));
            assertThat(r.importShare(RE, "china", 2009)).as("China share 2009").isCloseTo(0.90, within(0.05));
        }
    }

    /**
     * S59, S62: ~60-70% of Japan's imports in 2012-15. The model's share after the quota years comes from the
     * diversification agreements (hazard multipliers) and a risk aversion chosen so that it lands there (M3); the
     * export cuts do not move it (a cut of 0.3 of the depth gives the same 0.668).
     */
    @Test
    void chinasShareAfter2010IsTheCalibratedOne() {
        for (MonthlySeries r : ValidationRuns.replay()) {
            for (int y : new int[] {2012, 2013, 2015}) {
                assertThat(r.importShare(RE, "china", y)).as("China share %d", y).isBetween(0.5, 0.8);
            }
        }
    }

    @Test
    void priceFollowsTheTypedInRecord() {
        for (MonthlySeries r : ValidationRuns.replay()) {
            double p2008 = annual(r, "world_price", 2008);
            // S137-S139: x15 at the Q3-2011 peak (events), annual mean above 5x; back down once the quota regime ends
            assertThat(annual(r, "world_price", 2011)).as("2011 price").isGreaterThan(5 * p2008);
            assertThat(annual(r, "world_price", 2015)).as("2015 price").isLessThan(annual(r, "world_price", 2011));
        }
    }

    @Test
    void thriftingEndsNearItsCalibratedFloorAndImportsStayDown() {
        for (MonthlySeries r : ValidationRuns.replay()) {
            // floor 0.6 (S65, S66: today's 15-20 kt against ~30 kt in 2008)
            assertThat(r.finalIntensityRatio(RE)).as("intensity at the end vs 2008").isBetween(0.55, 0.8);
            // so imports stay down after the quota regime ends in 2015, near today's 15-20 kt (the floor's source)
            double pre = (annual(r, "imports_t", 2008) + annual(r, "imports_t", 2009)) / 2;
            assertThat(annual(r, "imports_t", 2017)).as("imports 2017 vs 2008-09").isLessThan(0.85 * pre);
        }
    }
}
