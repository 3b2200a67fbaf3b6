package kozan.model;

import kozan.model.labour.Workplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.mining.Mine;
import kozan.model.labour.EmployerClass;
import kozan.model.labour.LabourMarketAgent;
import kozan.model.labour.RegionalLabourMarket;
import kozan.model.supply.SupplierLabour;
import kozan.scenario.SupplierSpec;
import kozan.scenario.io.IoTable;
import kozan.scenario.Mode;
import kozan.scenario.Scenario;
import kozan.scenario.Stage;
import org.junit.jupiter.api.Test;

/** Labour accounting in the full model (docs/model.md 1): the labour markets at ordering 5, fed by every employer, keep their accounts. */
class LabourIntegrationTest {

    @Test
    void labourAccountingHoldsEveryMonthOfTheBaseScenario() {
        int[] months = {0};
        Sim.run(TestScenarios.base(), 2, e -> {
            LabourMarketAgent lm = (LabourMarketAgent) e.labourMarket();
            assertThat(lm).isNotNull();
            double net = 0;
            for (RegionalLabourMarket r : lm.markets().regions()) {
                double l = r.labourForce();
                assertThat(Math.abs(r.employed() + r.unemployed() - l)).isLessThanOrEqualTo(1e-9 * l);
                assertThat(r.hires()).isLessThanOrEqualTo(Math.min(r.unemployedAtMatching(), r.vacancies()) * (1 + 1e-12) + 1e-9);
                net += r.netMigration();
            }
            assertThat(Math.abs(net)).isLessThanOrEqualTo(1e-9 * Math.max(1, lm.markets().movers()));
            // every model employer's jobs equal the workforce the market holds for it
            for (int r = 0; r < e.regions().size(); r++) {
                double mining = 0;
                for (Mine m : e.mines()) {
                    if (m.regionIndex() == r) {
                        mining += m.employed();
                    }
                }
                assertThat(mining).isCloseTo(lm.region(r).employment(EmployerClass.MINING), within(1e-6 * Math.max(1, mining)));
            }
            months[0]++;
        });
        assertThat(months[0]).isEqualTo(420);
    }

    @Test
    void suppliersTakeTheEmploymentCoefficientOfTheirIoSector() {
        Scenario s = TestScenarios.base();
        MiningEconomy e = new MiningEconomy(s, 1);
        IoTable table = s.resolved().ioTable();
        assertThat(e.suppliers()).isNotEmpty();
        for (int i = 0; i < e.suppliers().size(); i++) {
            SupplierSpec spec = s.suppliers().get(i);
            double expected = spec.workersPerMillionYen() != null ? spec.workersPerMillionYen()
                    : table.employmentCoefficient(table.index(SupplierLabour.sector(spec, s.ioTable()))) * table.deflator2015To2025();
            assertThat(e.suppliers().get(i).workersPerMillionYen()).as(spec.id()).isEqualTo(expected);
        }
    }

    @Test
    void ioParityModeFillsEveryVacancy() {
        Scenario base = TestScenarios.base();
        Scenario parity = TestScenarios.build("test-parity", 10, List.of(), base.government(), Mode.IO_PARITY,
                base.mines(), base.prospectGenerators());
        MiningEconomy e = Sim.run(parity, 0, x -> {
            for (Workplace emp : x.employers()) {
                assertThat(emp.labourFill()).as(emp.employerId()).isCloseTo(1.0, within(1e-12));
            }
            for (RegionalLabourMarket r : ((LabourMarketAgent) x.labourMarket()).markets().regions()) {
                assertThat(r.wageIndex()).isEqualTo(1.0);
                assertThat(r.jobsInduced()).isCloseTo(r.inducedDemandPersons(), within(1e-6 * Math.max(1, r.inducedDemandPersons())));
                assertThat(r.jobsIndirect()).isCloseTo(r.indirectDemandPersons(), within(1e-6 * Math.max(1, r.indirectDemandPersons())));
            }
        });
        assertThat(e.mines().stream().anyMatch(m -> m.stage() != Stage.PROSPECT)).isTrue();
    }
}
