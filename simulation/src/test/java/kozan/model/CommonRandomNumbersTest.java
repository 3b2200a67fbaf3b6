package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kozan.model.mining.Mine;
import kozan.scenario.GovernmentSpec;
import kozan.scenario.MineSpec;
import kozan.scenario.Mode;
import kozan.scenario.Scenario;
import kozan.scenario.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Common random numbers (docs/model.md 1): support targeted at one mine leaves every other mine's draws and stage dates unchanged. */
class CommonRandomNumbersTest {

    /** An uneconomic rare-earth project at feasibility: abandoned unless the state backs it. */
    static MineSpec marginal() {
        return new MineSpec("ree-land", null, "tohoku", "rare_earths", 39.0, 141.0, Stage.FEASIBILITY, 0, 1e7, 0.002, 0.7, 5e5,
                5e10, 1e9, 8000, 0.01, 5e9, 0.1, 0.0, 0.5, 0.5, 0.02, 30, 0.0, false, 1.0, null, null);
    }

    static Scenario scenario(boolean supported) {
        List<MineSpec> mines = new ArrayList<>(TestScenarios.mines());
        mines.add(marginal());
        GovernmentSpec gov = TestScenarios.government(List.of(),
                supported ? List.of(TestScenarios.support("ree-land", 0.3, 1.0)) : List.of(), 60, 1.0);
        return TestScenarios.build(supported ? "crn-policy" : "crn-base", 35, List.of(), gov, Mode.NORMAL, mines,
                TestScenarios.generators());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void otherMinesKeepTheirDates(int replication) {
        MiningEconomy base = Sim.run(scenario(false), replication);
        MiningEconomy policy = Sim.run(scenario(true), replication);

        Mine target0 = base.mine("ree-land");
        Mine target1 = policy.mine("ree-land");
        assertThat(target0.stage()).isEqualTo(Stage.ABANDONED);
        assertThat(target1.stageEntryStep(Stage.PERMITTING)).as("the policy changes the supported mine").isGreaterThan(0);
        assertThat(policy.government().fiscalCumulativeYen(kozan.model.policy.FiscalLever.LOSS_COVER)).isPositive();
        // a loss-covered project is strategic: it produces through low prices instead of idling
        assertThat(target1.strategic()).isTrue();
        if (target1.stageEntryStep(Stage.PRODUCTION) > 0) {
            assertThat(target1.stageEntryStep(Stage.IDLE)).isEqualTo(Integer.MIN_VALUE);
        }

        assertThat(policy.mines().size()).isEqualTo(base.mines().size());
        int otherRegion = 0;
        for (Mine m0 : base.mines()) {
            if (m0.id().equals("ree-land")) {
                continue;
            }
            Mine m1 = policy.mine(m0.id());
            assertThat(m1).as(m0.id()).isNotNull();
            if (m0.regionIndex() != target0.regionIndex()) {
                // another labour market: identical draws give identical dates; output only differs by the rounding
                // of the (tiny) migration coupling between regions
                for (Stage s : Stage.values()) {
                    assertThat(m1.stageEntryStep(s)).as(m0.id() + " enters " + s).isEqualTo(m0.stageEntryStep(s));
                }
                assertThat(m1.remainingOreT()).as(m0.id()).isCloseTo(m0.remainingOreT(),
                        org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, m0.remainingOreT())));
                otherRegion++;
            }
            // mines in the supported mine's region share its labour market: its hiring changes their labour fill,
            // which stretches stages and cuts output (docs/model.md 7.2), so their dates may move although their draws
            // are the same; they are not compared
        }
        assertThat(otherRegion).isGreaterThan(2);
    }
}
