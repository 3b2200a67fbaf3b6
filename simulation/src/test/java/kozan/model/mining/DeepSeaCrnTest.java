package kozan.model.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import kozan.model.random.Seeds;
import kozan.scenario.DeepSeaSpec;
import kozan.scenario.DistSpec;
import kozan.scenario.MilestoneSpec;
import kozan.scenario.Stage;
import org.junit.jupiter.api.Test;

/**
 * Deep-sea draws (issue #15, design 4): the same seed and replication give identical draws under scenarios with
 * different levers (common random numbers), the draws leave the mine's other streams untouched, they follow their
 * triangular ranges, and the milestone gates pass with their probabilities.
 */
class DeepSeaCrnTest {

    private static DistSpec tri(double min, double mode, double max) {
        return new DistSpec(DistSpec.DistKind.TRIANGULAR, null, null, min, mode, max);
    }

    /** The REE-mud ranges of the baseline: capex 150/250/500, opex 8,000/15,000/40,000, recovery 0.6/0.8/0.9, ramp 24/36/72. */
    static DeepSeaSpec mud() {
        return new DeepSeaSpec(tri(150, 250, 500), tri(8_000, 15_000, 40_000), tri(0.6, 0.8, 0.9), tri(24, 36, 72), 0.6,
                List.of(new MilestoneSpec("retrieval", YearMonth.of(2025, 2), 1.0),
                        new MilestoneSpec("demo", YearMonth.of(2025, 6), 0.6),
                        new MilestoneSpec("verdict", YearMonth.of(2025, 12), 0.5)), 3, 0.2);
    }

    private static MiningFixture.Spec deepSea() {
        MiningFixture.Spec s = new MiningFixture.Spec();
        s.stage = Stage.EXPLORATION;
        s.commodity = "crit";
        s.deepSea = true;
        s.readiness = 0.2;
        s.deepSeaDraws = mud();
        return s;
    }

    @Test
    void theSameSeedGivesTheSameDeepSeaWorldUnderDifferentLevers() {
        MiningFixture.Levers push = new MiningFixture.Levers();
        push.capexGrant = 0.33;
        push.stateEquity = 0.3;
        push.lossCover = 1;
        push.rdBudgetPerYear = 30e9;
        MiningFixture.Economy base = new MiningFixture.Economy(new MiningFixture.Defaults(), new MiningFixture.Levers(), 1_000, 0);
        MiningFixture.Economy policy = new MiningFixture.Economy(new MiningFixture.Defaults(), push, 2_000, 0.3);
        DeepSeaDraws a = base.mine(deepSea()).deepSeaDraws();
        DeepSeaDraws b = policy.mine(deepSea()).deepSeaDraws();
        assertThat(b.capexYen()).isEqualTo(a.capexYen());
        assertThat(b.opexYenPerTOre()).isEqualTo(a.opexYenPerTOre());
        assertThat(b.recoveryFactor()).isEqualTo(a.recoveryFactor());
        assertThat(b.rampUpMonths()).isEqualTo(a.rampUpMonths());
        for (int i = 0; i < 24; i++) {
            YearMonth m = YearMonth.of(2025, 1).plusMonths(i);
            a.decide(m, 0.01 * i);
            b.decide(m, 0.5 * i);
            assertThat(b.passed()).as("milestones passed by %s", m).isEqualTo(a.passed());
            assertThat(b.abandoned()).isEqualTo(a.abandoned());
        }
        // a different replication (master seed) gives another world
        DeepSeaDraws other = new DeepSeaDraws(mud(), Seeds.master(20250101L, 1), "m", 1, 1, 4);
        DeepSeaDraws first = new DeepSeaDraws(mud(), Seeds.master(20250101L, 0), "m", 1, 1, 4);
        assertThat(other.capexYen()).isNotEqualTo(first.capexYen());
    }

    @Test
    void theDrawsLeaveTheMinesOtherStreamsWhereTheyWere() {
        // a mine's durations and discovery come from its own streams; adding deep_sea_draws must not move them
        MiningFixture.Economy e = new MiningFixture.Economy(new MiningFixture.Defaults(), new MiningFixture.Levers(), 1_000, 0);
        MiningFixture.Spec with = deepSea();
        MiningFixture.Spec without = deepSea();
        without.deepSeaDraws = null;
        StageClock twin = new StageClock(Seeds.stream(MiningFixture.SEED, "m", "durations"),
                Seeds.stream(MiningFixture.SEED, "m", "discovery"));
        for (MiningFixture.Spec s : List.of(with, without)) {
            s.pDiscover = 0.5;
            Mine m = e.mine(s);
            for (int i = 0; i < 4; i++) {
                e.month(m, 1.0);
            }
            assertThat(m.stage()).isEqualTo(twin.discovers(0.5) ? Stage.FEASIBILITY : Stage.ABANDONED);
        }
    }

    @Test
    void drawsFollowTheirRangesAndMilestonesPassWithTheirProbabilities() {
        int n = 4_000;
        double capexSum = 0;
        double recoverySum = 0;
        int allPassed = 0;
        double cov = 0;
        double[] zc = new double[n];
        double[] zo = new double[n];
        for (int k = 0; k < n; k++) {
            DeepSeaDraws d = new DeepSeaDraws(mud(), Seeds.master(7L, k), "mud", 0, 0, 0);
            assertThat(d.capexYen()).isBetween(150.0, 500.0);
            assertThat(d.opexYenPerTOre()).isBetween(8_000.0, 40_000.0);
            assertThat(d.rampUpMonths()).isBetween(24, 72);
            capexSum += d.capexYen();
            recoverySum += d.recoveryFactor() * 0.8;
            zc[k] = d.capexYen();
            zo[k] = d.opexYenPerTOre();
            for (int i = 0; i < 12; i++) {
                d.decide(YearMonth.of(2025, 1).plusMonths(i), 0);
            }
            allPassed += d.passed() == 3 ? 1 : 0;
        }
        // triangular means: (150 + 250 + 500) / 3 = 300; (0.6 + 0.8 + 0.9) / 3 = 0.7667
        assertThat(capexSum / n).isCloseTo(300.0, within(5.0));
        assertThat(recoverySum / n).isCloseTo(2.3 / 3, within(0.005));
        // PTS on first attempts within the year: 1 x 0.6 x 0.5 = 0.30 (retries come 3 months later: a retry of the
        // demo in Sep passes with 0.6 and its verdict moves to Mar 2026, outside the year)
        assertThat(allPassed / (double) n).isCloseTo(0.30, within(0.025));
        // capex and opex share the latent cost factor: positive correlation (0.6 on normal scores)
        double mc = capexSum / n;
        double mo = 0;
        for (double o : zo) {
            mo += o / n;
        }
        double vc = 0;
        double vo = 0;
        for (int k = 0; k < n; k++) {
            cov += (zc[k] - mc) * (zo[k] - mo);
            vc += (zc[k] - mc) * (zc[k] - mc);
            vo += (zo[k] - mo) * (zo[k] - mo);
        }
        assertThat(cov / Math.sqrt(vc * vo)).isBetween(0.45, 0.7);
    }

    @Test
    void aFirstFailFreezesReadinessGrowthAndASecondFailAbandons() {
        DeepSeaSpec sure = new DeepSeaSpec(null, null, null, null, 0.6,
                List.of(new MilestoneSpec("never", YearMonth.of(2025, 3), 0.0)), 3, 0.2);
        DeepSeaDraws d = new DeepSeaDraws(sure, 1L, "m", 10, 20, 4);
        assertThat(d.capexYen()).as("no distribution: the point value").isEqualTo(10);
        assertThat(d.opexYenPerTOre()).isEqualTo(20);
        assertThat(d.rampUpMonths()).isEqualTo(4);
        d.decide(YearMonth.of(2025, 2), 0.05);
        assertThat(d.readinessGain(0.05)).isEqualTo(0.05);
        d.decide(YearMonth.of(2025, 3), 0.06); // first fail: the gain stays at 0.06 until the retry
        assertThat(d.readinessFrozen()).isTrue();
        assertThat(d.readinessGain(0.09)).isCloseTo(0.06, within(1e-15));
        assertThat(d.abandoned()).isFalse();
        d.decide(YearMonth.of(2025, 5), 0.08);
        assertThat(d.abandoned()).as("retry due in June, not May").isFalse();
        d.decide(YearMonth.of(2025, 6), 0.09); // second fail
        assertThat(d.abandoned()).isTrue();
        assertThat(d.passed()).isZero();
    }
}
