package kozan.model;

import kozan.model.random.Seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kozan.model.labour.LabourMarketAgent;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** A training subsidy targeted at a mine grows the skilled-miner pool of that mine's region, and only there. */
class TargetedTrainingTest {

    private static final Path FIXTURE = Path.of("src/test/resources/scenarios/valid-minimal.yaml");

    @Test
    void trainingSubsidyGrowsTheSkilledPoolOfTheMinesRegionOnly() throws Exception {
        Scenario plain = ScenarioLoader.load(FIXTURE, List.of());
        Scenario trained = ScenarioLoader.load(FIXTURE, List.of(new ScenarioLoader.Override(
                "government.targeted_support",
                List.of(Map.of("mine", "minamitorishima-mud", "from", "2025-01", "training_per_year", 1200.0)))));
        int region = regionIndexOf(trained, "minamitorishima-mud");

        double[] before = skilledPoolsAfter(plain, 12);
        double[] after = skilledPoolsAfter(trained, 12);
        for (int r = 0; r < before.length; r++) {
            if (r == region) {
                assertThat(after[r]).as("trained region").isGreaterThan(before[r] + 100);
            } else {
                assertThat(after[r]).as("region " + r).isEqualTo(before[r]);
            }
        }
    }

    private static int regionIndexOf(Scenario s, String mine) {
        String region = s.mines().stream().filter(m -> m.id().equals(mine)).findFirst().orElseThrow().region();
        for (int r = 0; r < s.regions().size(); r++) {
            if (s.regions().get(r).id().equals(region)) {
                return r;
            }
        }
        throw new AssertionError(region);
    }

    private static double[] skilledPoolsAfter(Scenario s, int months) {
        MiningEconomy e = new MiningEconomy(s, Seeds.master(s.run().seed(), 0));
        e.start();
        for (int i = 0; i < months; i++) {
            e.schedule.step(e);
        }
        LabourMarketAgent lm = (LabourMarketAgent) e.labourMarket();
        double[] pools = new double[s.regions().size()];
        for (int r = 0; r < pools.length; r++) {
            pools[r] = lm.region(r).skilledPool();
        }
        e.finish();
        return pools;
    }
}
