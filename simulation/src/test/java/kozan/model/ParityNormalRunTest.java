package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kozan.scenario.LabourSpec;
import kozan.scenario.Mode;
import kozan.scenario.Scenario;
import kozan.scenario.Stage;
import kozan.scenario.SupplierKind;
import kozan.scenario.SupplierSpec;
import org.junit.jupiter.api.Test;

/**
 * Design 1.4: when neither labour nor capacity binds, the normal run (supplier agents, then the supply chain and
 * household spending in closed form, staffed by the labour markets) and IO_PARITY (the ripple of the same spending
 * vector and payroll, one round a month) report the same national {@code jobs_indirect} and {@code jobs_induced},
 * within 1% per year from year 2 (the ripple needs about 10 months to come within 1% of the closed form).
 *
 * <p>Scenario: one producing limestone quarry in kanto (opex 900 JPY/t: engineering orders and other purchases;
 * sustaining capex: equipment orders), one EQUIPMENT and one ENGINEERING agent at their IO sector's coefficient (no
 * {@code workers_per_million_yen}) with capacity far above the orders and no capacity changes, no processing plant;
 * labour: no quits, matching so efficient that every vacancy fills in its month, wages fixed, no migration.
 */
class ParityNormalRunTest {

    private static final int YEARS = 5;

    static Scenario scenario(Mode mode) {
        Scenario base = TestScenarios.build("parity-normal", YEARS, List.of(),
                TestScenarios.government(List.of(), List.of(), 60, 0), mode,
                List.of(TestScenarios.mine("quarry", "kanto", "limestone", Stage.PRODUCTION, 5e8, 1.0, 2e7, 2e10, 900,
                        0.02)), List.of());
        LabourSpec free = new LabourSpec(1_000, 0.5, 1_000, 0.10, 0.0, 0.0, 1.0, 0.8, 0.0, 0.0, 0.7, 0.6, 3);
        List<SupplierSpec> suppliers = List.of(
                agent("machinery-kanto", SupplierKind.EQUIPMENT),
                agent("engineering-kanto", SupplierKind.ENGINEERING));
        return new Scenario(base.version(), base.metadata(), base.calendar(), base.mode(), base.run(), base.regions(),
                free, base.commodities(), base.mineDefaults(), base.mines(), base.prospectGenerators(), suppliers,
                base.manufacturers(), base.government(), base.events(), base.ioTable());
    }

    /** Capacity 1e13 JPY/yr; never expands (utilisation above 2) nor contracts (below 0). */
    private static SupplierSpec agent(String id, SupplierKind kind) {
        return new SupplierSpec(id, null, kind, "kanto", null, 1e13, 0, null, null, null, 2.0, 0.0, 12, 18, 0.2);
    }

    /** Annual means of the national indirect and induced jobs, [year][0 indirect, 1 induced]. */
    private static double[][] annual(Scenario s) {
        double[][] sums = new double[YEARS][2];
        Sim.run(s, 0, x -> {
            int year = x.step() / 12;
            sums[year][0] += x.nationalAccounts().indirectJobs() / 12;
            sums[year][1] += x.nationalAccounts().inducedJobs() / 12;
        });
        return sums;
    }

    @Test
    void normalRunEqualsIoParityWithinOnePercentFromYearTwo() {
        double[][] normal = annual(scenario(Mode.NORMAL));
        double[][] parity = annual(scenario(Mode.IO_PARITY));
        for (int year = 1; year < YEARS; year++) {
            assertThat(normal[year][0]).as("indirect, year %d", year + 1).isPositive();
            assertThat(normal[year][0] / parity[year][0] - 1).as("indirect, year %d: %s vs %s", year + 1,
                    normal[year][0], parity[year][0]).isBetween(-0.01, 0.01);
            assertThat(normal[year][1] / parity[year][1] - 1).as("induced, year %d: %s vs %s", year + 1,
                    normal[year][1], parity[year][1]).isBetween(-0.01, 0.01);
        }
    }
}
