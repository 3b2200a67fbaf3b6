package kozan.model;

import kozan.model.labour.LabourMarketView;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kozan.scenario.RegionSpec;
import kozan.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Baseline labour markets stay plausible over 35 years: with manufacturers' workers per output falling with
 * labour productivity (1%/yr), labour demand no longer outgrows the shrinking labour force, so the national
 * wage index stays within 0.8-1.6 by the last month (it compounded to ~3.8 with fixed workers per output) and
 * regional unemployment stays near its start rate.
 */
class BaselineLabourTest {

    @Test
    void wagesAndUnemploymentStayPlausibleUntil2059() throws Exception {
        Scenario s = ScenarioFiles.load("baseline.yaml");
        List<RegionSpec> regions = s.regions();
        int nr = regions.size();
        double[] startRate = new double[nr];
        double[] endRate = new double[nr];
        double[] endWage = new double[nr];
        double[] endForce = new double[nr];
        int last = s.steps() - 1;
        Sim.run(s, 0, e -> {
            LabourMarketView lm = e.labourMarket();
            if (e.step() == 0 || e.step() == last) {
                for (int r = 0; r < nr; r++) {
                    double rate = lm.unemployed(r) / lm.labourForce(r);
                    if (e.step() == 0) {
                        startRate[r] = rate;
                    } else {
                        endRate[r] = rate;
                        endWage[r] = lm.wageIndex(r);
                        endForce[r] = lm.labourForce(r);
                    }
                }
            }
        });
        double force = 0;
        double wage = 0;
        StringBuilder report = new StringBuilder();
        for (int r = 0; r < nr; r++) {
            force += endForce[r];
            wage += endWage[r] * endForce[r];
            report.append(String.format("%s wage %.3f unemployment %.4f -> %.4f%n", regions.get(r).id(), endWage[r], startRate[r], endRate[r]));
        }
        wage /= force;
        System.out.print(report.append(String.format("national wage %.3f%n", wage)));
        assertThat(wage).as("national wage index, last month\n%s", report).isBetween(0.8, 1.6);
        for (int r = 0; r < nr; r++) {
            assertThat(endWage[r]).as("%s wage index, last month", regions.get(r).id()).isBetween(0.7, 2.0);
            assertThat(endRate[r]).as("%s unemployment rate, last month (start %.4f)", regions.get(r).id(), startRate[r])
                    .isBetween(startRate[r] - 0.01, startRate[r] + 0.02);
        }
    }
}
