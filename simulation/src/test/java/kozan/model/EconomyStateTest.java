package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kozan.model.mining.Mine;
import kozan.model.random.Seeds;
import kozan.scenario.Mode;
import kozan.scenario.Scenario;
import kozan.scenario.TargetedSupportSpec;
import org.junit.jupiter.api.Test;

/**
 * What the economy answers about itself before it runs: its agents in scenario order, the region of a mine, targeted
 * training by region, and the month's phases (docs/architecture.md, role interfaces).
 */
class EconomyStateTest {

    private static Scenario scenario() {
        // training support: 40/yr for cu-kyushu (kyushu, region 2), 15/yr for quarry-kanto (kanto, region 1)
        return TestScenarios.build("state", 3, List.of(), TestScenarios.government(List.of(),
                List.of(new TargetedSupportSpec("cu-kyushu", TestScenarios.START, 0, 0, 40),
                        new TargetedSupportSpec("quarry-kanto", TestScenarios.START, 0, 0, 15)), 60, 0),
                Mode.NORMAL, TestScenarios.mines(), TestScenarios.generators());
    }

    @Test
    void theAgentsAreTheScenariosInItsOrder() {
        Scenario s = scenario();
        long seed = Seeds.master(s.run().seed(), 1);
        MiningEconomy e = new MiningEconomy(s, seed);
        assertThat(e.masterSeed()).isEqualTo(seed);
        assertThat(e.steps()).isEqualTo(36);
        assertThat(e.mines().stream().map(Mine::id).toList())
                .containsExactlyElementsOf(s.mines().stream().map(m -> m.id()).toList());
        assertThat(e.manufacturers().stream().map(m -> m.id()).toList())
                .containsExactly("electronics-kanto", "auto-kyushu", "cement-kyushu");
        assertThat(e.generators()).hasSize(1);
        assertThat(e.generators().get(0).spec().id()).isEqualTo("gen-cu-tohoku");
        assertThat(e.procurement()).isNotNull();
        // employers: mines, then suppliers, then manufacturers
        assertThat(e.employers()).hasSize(6 + 5 + 3);
        assertThat(e.employers().get(6).employerId()).isEqualTo(e.suppliers().get(0).employerId());
    }

    @Test
    void aMinesRegionAndTheTrainingTargetedAtEachRegion() {
        MiningEconomy e = new MiningEconomy(scenario(), 1L);
        // regions: tohoku 0, kanto 1, kyushu 2
        assertThat(e.regionOfMine("cu-tohoku")).isEqualTo(0);
        assertThat(e.regionOfMine("quarry-kanto")).isEqualTo(1);
        assertThat(e.regionOfMine("cu-kyushu")).isEqualTo(2);
        assertThat(e.regionOfMine("no-such-mine")).isEqualTo(-1);
        assertThat(e.trainingPerYear(0)).isZero();
        assertThat(e.trainingPerYear(1)).isEqualTo(15);
        assertThat(e.trainingPerYear(2)).isEqualTo(40);
    }

    @Test
    void thePhasesAreNamedAndFilledAtTheStart() {
        MiningEconomy e = new MiningEconomy(scenario(), 1L);
        e.start();
        String[] names = {"markets", "government", "mines", "suppliers", "manufacturers", "labour", "observers"};
        for (int i = 0; i < names.length; i++) {
            assertThat(e.phase(i).name()).isEqualTo(names[i]);
        }
        assertThat(e.phase(MiningEconomy.ORDERING_MARKETS).size()).isEqualTo(3);
        assertThat(e.phase(MiningEconomy.ORDERING_GOVERNMENT).size()).isEqualTo(1);
        assertThat(e.phase(MiningEconomy.ORDERING_MINES).size()).isEqualTo(6);
        assertThat(e.phase(MiningEconomy.ORDERING_SUPPLIERS).size()).isEqualTo(5);
        assertThat(e.phase(MiningEconomy.ORDERING_MANUFACTURERS).size()).isEqualTo(3);
        // the three regional labour markets' agent and the national accounts
        assertThat(e.phase(MiningEconomy.ORDERING_LABOUR).size()).isGreaterThanOrEqualTo(2);
        assertThat(e.phase(MiningEconomy.ORDERING_OBSERVERS).size()).isZero();
    }
}
