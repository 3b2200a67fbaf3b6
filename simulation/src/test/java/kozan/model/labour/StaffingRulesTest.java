package kozan.model.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import kozan.model.labour.LabourFixtures.TestEmployer;
import org.junit.jupiter.api.Test;

/** One workplace's vacancies, layoffs, retirements and separations, and the rest of the economy, by hand. */
class StaffingRulesTest {

    @Test
    void vacanciesAndLayoffsAgainstTheDesiredHeadCount() {
        EmployerSlot s = new EmployerSlot(new TestEmployer("m", EmployerClass.MINING, 0), EmployerClass.MINING);
        s.workforce = 100;
        s.post(120);
        assertThat(s.vacancy).isEqualTo(20.0);
        assertThat(s.layoff).isZero();
        assertThat(s.skilled).isTrue();
        s.post(90);
        assertThat(s.vacancy).isZero();
        assertThat(s.layoff).isEqualTo(10.0);
    }

    @Test
    void quitsSpareThisMonthsHiresAndLayoffsFollow() {
        EmployerSlot s = new EmployerSlot(new TestEmployer("s", EmployerClass.SUPPLIERS, 0), EmployerClass.SUPPLIERS);
        s.workforce = 100;
        s.hired = 10;
        s.layoff = 5;
        s.retire(0.98); // 2 retire
        assertThat(s.workforce).isCloseTo(98, within(1e-12));
        // quits 1% of (98 - 10) = 0.88; layoff 5; out 5.88
        double out = s.separate(0.01);
        assertThat(out).isCloseTo(5.88, within(1e-12));
        assertThat(s.workforce).isCloseTo(92.12, within(1e-12));
        assertThat(s.separated).isCloseTo(7.88, within(1e-12));
        assertThat(s.retired).isZero();
    }

    @Test
    void restOfEconomyStartsInSteadyStateAndFollowsItsTrend() {
        // 776,000 employed, 24,000 unemployed, mu 0.35, alpha 0.5, q 1%: V0 = 20,482.18
        RestOfEconomy rest = new RestOfEconomy(776_000, 24_000, LabourFixtures.labour(), 0.12, false);
        assertThat(rest.startVacancies()).isCloseTo(20482.176870748306, within(1e-6));
        assertThat(rest.demand()).isCloseTo(796_482.176870748306, within(1e-6));
        assertThat(rest.shortfall()).isZero();
        rest.cede(1_000);
        assertThat(rest.slot.workforce).isEqualTo(775_000.0);
        assertThat(rest.demand()).isCloseTo(795_482.176870748306, within(1e-6));
        rest.grow(); // x 1.12^(1/12) = 1.0094888
        assertThat(rest.demand()).isCloseTo(795_482.176870748306 * Math.pow(1.12, 1.0 / 12.0), within(1e-6));
        // normal vacancy rate 20,482.18 / 796,482.18 = 2.5716%; shortfall = demand (1 - rate) - workforce
        double rate = 20482.176870748306 / 796_482.176870748306;
        assertThat(rest.shortfall()).isCloseTo(rest.demand() * (1 - rate) - 775_000, within(1e-6)).isGreaterThan(7_000);
        assertThat(new RestOfEconomy(776_000, 24_000, LabourFixtures.labour(), 0.0, true).startVacancies()).isZero();
    }
}
