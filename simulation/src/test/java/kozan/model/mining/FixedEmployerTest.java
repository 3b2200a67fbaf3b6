package kozan.model.mining;

import static org.assertj.core.api.Assertions.assertThat;

import kozan.model.labour.EmployerClass;
import kozan.scenario.FixedEmployerSpec;
import org.junit.jupiter.api.Test;

/** A head office: a MINING employer of office workers with a constant wanted head count and no stage. */
class FixedEmployerTest {

    @Test
    void wantsItsHeadCountAsAMiningEmployerOfGeneralWorkers() {
        FixedEmployer hq = new FixedEmployer(new FixedEmployerSpec("mining_hq", null, "kanto", 2214, 1.0), 2);
        assertThat(hq.employerId()).isEqualTo("fixed:mining_hq");
        assertThat(hq.employerClass()).isEqualTo(EmployerClass.MINING);
        assertThat(hq.needsSkilledMiners()).isFalse(); // office staff, not from the skilled miner pool
        assertThat(hq.regionIndex()).isEqualTo(2);
        assertThat(hq.jobDetail()).isEqualTo("FIXED");
        assertThat(hq.desiredWorkers()).isEqualTo(2214.0);
        // before a labour market reports, the payroll is the wanted head count (Staffing)
        assertThat(hq.employed()).isEqualTo(2214.0);
        // a report changes the payroll, never what it wants
        hq.labourUpdated(2150.0, 0.0, 64.0);
        assertThat(hq.employed()).isEqualTo(2150.0);
        assertThat(hq.desiredWorkers()).isEqualTo(2214.0);
        assertThat(hq.spec().jsicCShare()).isEqualTo(1.0);
    }
}
