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
 * recorded basket index (S137-S139), China's 2008 share is S59/S62's ~90%, and the thrift floor of 0.6 is derived
 * from today's 15-20 kt of imports (S65, S66), so none of these is a prediction. What the replay produces that it
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
    void thriftingEndsNearItsCalibratedFloor() {
        for (MonthlySeries r : ValidationRuns.replay()) {
            // floor 0.6 (S65, S66: today's 15-20 kt against ~30 kt in 2008)
            assertThat(r.finalIntensityRatio(RE)).as("intensity at the end vs 2008").isBetween(0.55, 0.8);
        }
    }
}
