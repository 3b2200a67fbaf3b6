package kozan.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.MemorySink;
import kozan.model.MiningEconomy;
import kozan.model.TestScenarios;
import kozan.scenario.FixedEmployerSpec;
import kozan.scenario.MineSpec;
import kozan.scenario.Mode;
import kozan.scenario.Scenario;
import kozan.scenario.Stage;
import org.junit.jupiter.api.Test;

/**
 * The jobs_direct detail jsic_c (docs/design/jobs-issue-13.md 3.2): the sum over mines and fixed employers of
 * workers x jsic_c_share, by region and nationally; fixed employers are MINING jobs with detail FIXED.
 */
class JsicCDetailTest {

    /** Two producing quarries and one fixed employer; no prospects, so nothing else employs mine workers. */
    static Scenario scenario() {
        // quarry-kanto: 2e7 t/yr x 0.02 workers per kt = 400 persons, 35% counted in JSIC C (a cement maker's quarry)
        MineSpec kanto = withShare(TestScenarios.mine("quarry-kanto", "kanto", "limestone", Stage.PRODUCTION, 5e8, 1.0, 2e7,
                2e10, 500, 0.02), 0.35);
        // quarry-kyushu: 1e7 t/yr x 0.02 = 200 persons, default share 1
        MineSpec kyushu = TestScenarios.mine("quarry-kyushu", "kyushu", "limestone", Stage.PRODUCTION, 3e8, 1.0, 1e7, 1e10,
                500, 0.02);
        Scenario s = TestScenarios.build("jsic-c", 1, List.of(), TestScenarios.government(List.of(), List.of(), 60, 0),
                Mode.NORMAL, List.of(kanto, kyushu), List.of());
        // a head office of 100 persons in Kanto, half of them counted in JSIC C
        List<FixedEmployerSpec> fixed = List.of(new FixedEmployerSpec("hq", null, "kanto", 100, 0.5));
        return new Scenario(s.version(), s.metadata(), s.calendar(), s.mode(), s.run(), s.regions(), s.labor(),
                s.commodities(), s.mineDefaults(), s.mines(), s.prospectGenerators(), s.suppliers(), s.manufacturers(),
                fixed, s.government(), s.events(), s.ioTable(), s.resolved());
    }

    static MineSpec withShare(MineSpec m, double share) {
        return new MineSpec(m.id(), m.name(), m.region(), m.commodity(), m.lat(), m.lon(), m.stage(), m.monthsInStage(),
                m.oreT(), m.grade(), m.recovery(), m.capacityTOrePerYear(), m.capexYen(), m.sustainingCapexYenPerYear(),
                m.opexYenPerTOre(), m.royaltyRate(), m.closureCostYen(), m.workersPerKtOre(), m.automation(),
                m.waterM3PerTOre(), m.waterRecycledShare(), m.co2eTPerTOre(), m.landHa(), m.stateBacked(), m.deepSea(),
                m.technologyReadiness(), m.pDiscover(), m.stageDurations(), share);
    }

    @Test
    void jsicCIsWorkersTimesShareByRegionAndNationally() {
        // Before the labour market reports, every employer's payroll is its desired head count (Staffing).
        MiningEconomy e = new MiningEconomy(scenario(), 1L);
        AgentTally t = new AgentTally(e.scenario().regions().size());
        t.count(e);
        // regions: tohoku (slot 1), kanto (slot 2), kyushu (slot 3)
        // kanto: 400 x 0.35 + 100 x 0.5 = 140 + 50 = 190; kyushu: 200 x 1 = 200; Japan: 390
        assertThat(t.jsicC[2]).isCloseTo(190.0, within(1e-9));
        assertThat(t.jsicC[3]).isCloseTo(200.0, within(1e-9));
        assertThat(t.jsicC[1]).isZero();
        assertThat(t.jsicC[0]).isCloseTo(390.0, within(1e-9));
        // site basis: 400 + 100 + 200 = 700; the head office is its own detail, FIXED, and part of the total
        int fixed = List.of(AgentTally.EMPLOYING_NAMES).indexOf("FIXED") + 1;
        int production = List.of(AgentTally.EMPLOYING_NAMES).indexOf("PRODUCTION") + 1;
        assertThat(t.direct[0][0]).isCloseTo(700.0, within(1e-9));
        assertThat(t.direct[2][fixed]).isCloseTo(100.0, within(1e-9));
        assertThat(t.direct[0][production]).isCloseTo(600.0, within(1e-9));
    }

    @Test
    void aRunReportsJsicCAsADetailOfJobsDirectThatIsNotAPartOfTheTotal() {
        MemorySink sink = new MemorySink();
        Runs.simulate(scenario(), 0, sink);
        for (int step : new int[] {0, 11}) {
            double total = sink.value(step, "jobs_direct", "", "", "");
            double jsic = sink.value(step, "jobs_direct", "", "", "jsic_c");
            double parts = 0;
            for (String d : AgentTally.EMPLOYING_NAMES) {
                parts += sink.value(step, "jobs_direct", "", "", d);
            }
            // the stages and FIXED add up to the total; jsic_c is a weighted subtotal beside them
            assertThat(parts).isCloseTo(total, within(1e-6));
            double fixed = sink.value(step, "jobs_direct", "", "kanto", "FIXED");
            double kantoQuarry = sink.value(step, "jobs_direct", "", "kanto", "PRODUCTION");
            double kyushu = sink.value(step, "jobs_direct", "", "kyushu", "");
            assertThat(sink.value(step, "jobs_direct", "", "kanto", "jsic_c")).isCloseTo(0.35 * kantoQuarry + 0.5 * fixed, within(1e-6));
            assertThat(jsic).isCloseTo(0.35 * kantoQuarry + 0.5 * fixed + kyushu, within(1e-6));
            assertThat(fixed).isGreaterThan(90.0); // a filled head office (hired from the general pool)
        }
    }
}
