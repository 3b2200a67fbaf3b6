package kozan.model.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.labour.LabourFixtures.TestEmployer;
import org.junit.jupiter.api.Test;

/** One region's booking of workplaces: order, registration checks, vacancies by pool, pro-rata hiring. */
class EmployerSlotsTest {

    private static EmployerSlot rest(double workforce) {
        EmployerSlot rest = new EmployerSlot(null, EmployerClass.REST);
        rest.workforce = workforce;
        return rest;
    }

    private static List<String> names(List<EmployerSlot> slots) {
        return slots.stream().map(EmployerSlot::name).toList();
    }

    @Test
    void employersAreBookedInIdOrderThenTheMarketPoolsAndTheOrderFollowsLaterRegistrations() {
        EmployerSlots slots = new EmployerSlots(rest(1_000));
        assertThat(names(slots.all())).containsExactly("INDIRECT", "INDUCED", "REST");
        slots.add(new TestEmployer("b-mine", EmployerClass.MINING, 0), 10, "r");
        slots.add(new TestEmployer("c-works", EmployerClass.SUPPLIERS, 0), 5, "r");
        slots.add(new TestEmployer("a-mine", EmployerClass.MINING, 0), 0, "r");
        assertThat(names(slots.all())).containsExactly("a-mine", "b-mine", "c-works", "INDIRECT", "INDUCED", "REST");
        assertThat(slots.registered()).extracting(EmployerSlot::name).containsExactly("a-mine", "b-mine", "c-works");
        slots.add(new TestEmployer("aa-late", EmployerClass.MANUFACTURING, 0), 0, "r");
        assertThat(names(slots.all())).containsExactly("a-mine", "aa-late", "b-mine", "c-works", "INDIRECT", "INDUCED", "REST");
        assertThat(slots.get("b-mine").workforce).isEqualTo(10);
        assertThat(slots.get("nobody")).isNull();
        // booking does not take the workers from REST: the market does that
        assertThat(slots.employed()).isEqualTo(1_015);
    }

    @Test
    void registrationRejectsMarketClassesDuplicatesAndImpossibleWorkforces() {
        EmployerSlots slots = new EmployerSlots(rest(1_000));
        assertThatThrownBy(() -> slots.add(new TestEmployer("i", EmployerClass.INDUCED, 0), 0, "r"))
                .hasMessageContaining("only MINING, SUPPLIERS and MANUFACTURING");
        assertThatThrownBy(() -> slots.add(new TestEmployer("c", EmployerClass.INDIRECT, 0), 0, "r"))
                .hasMessageContaining("has class INDIRECT");
        slots.add(new TestEmployer("m", EmployerClass.MINING, 0), 0, "r");
        assertThatThrownBy(() -> slots.add(new TestEmployer("m", EmployerClass.SUPPLIERS, 0), 0, "r"))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> slots.add(new TestEmployer("big", EmployerClass.SUPPLIERS, 0), 1_000.5, "r"))
                .hasMessageContaining("[0, 1000.0]");
        assertThatThrownBy(() -> slots.add(new TestEmployer("neg", EmployerClass.SUPPLIERS, 0), -1, "r"))
                .hasMessageContaining("initial workers");
        assertThatThrownBy(() -> slots.add(new TestEmployer("nan", EmployerClass.SUPPLIERS, 0), Double.NaN, "r"))
                .hasMessageContaining("initial workers");
        // all of REST may move
        slots.add(new TestEmployer("all", EmployerClass.SUPPLIERS, 0), 1_000, "r");
        assertThat(slots.employment(EmployerClass.SUPPLIERS)).isEqualTo(1_000);
    }

    @Test
    void skilledAndGeneralVacanciesAreFilledProRataWithinTheirPools() {
        EmployerSlots slots = new EmployerSlots(rest(1_000));
        EmployerSlot a = slots.add(new TestEmployer("a-mine", EmployerClass.MINING, 0), 0, "r");
        EmployerSlot b = slots.add(new TestEmployer("b-mine", EmployerClass.MINING, 0), 10, "r");
        EmployerSlot c = slots.add(new TestEmployer("c-works", EmployerClass.SUPPLIERS, 0), 5, "r");
        a.post(10);           // skilled vacancy 10
        b.post(30);           // skilled vacancy 20
        c.post(35);           // general vacancy 30
        slots.indirect.post(0);
        slots.induced.post(0);
        slots.all().get(5).post(1_010); // REST: general vacancy 10
        assertThat(slots.vacancies(true)).isEqualTo(30);
        assertThat(slots.vacancies(false)).isEqualTo(40);
        assertThat(slots.vacancies(EmployerClass.MINING)).isEqualTo(30);
        assertThat(slots.vacancies(EmployerClass.REST)).isEqualTo(10);
        // 15 skilled matches over 30 vacancies: a 5, b 10; 20 general over 40: works 15, REST 5
        double hires = slots.hire(30, 15, 40, 20);
        assertThat(hires).isCloseTo(35, within(1e-12));
        assertThat(a.hired).isCloseTo(5, within(1e-12));
        assertThat(b.hired).isCloseTo(10, within(1e-12));
        assertThat(c.hired).isCloseTo(15, within(1e-12));
        assertThat(slots.all().get(5).hired).isCloseTo(5, within(1e-12));
        assertThat(b.workforce).isCloseTo(20, within(1e-12));
        // left open in skilled jobs: (10 - 5) + (20 - 10)
        assertThat(slots.openSkilledVacancies()).isCloseTo(15, within(1e-12));
        assertThat(slots.employment(EmployerClass.MINING)).isCloseTo(25, within(1e-12));
        assertThat(slots.employed()).isCloseTo(5 + 20 + 20 + 0 + 1_005, within(1e-12));
    }

    @Test
    void aMineThatHiresGeneralWorkersPostsInTheGeneralPool() {
        EmployerSlots slots = new EmployerSlots(rest(1_000));
        TestEmployer building = new TestEmployer("b-mine", EmployerClass.MINING, 0);
        building.skilled = false;
        EmployerSlot a = slots.add(new TestEmployer("a-mine", EmployerClass.MINING, 0), 0, "r");
        EmployerSlot b = slots.add(building, 0, "r");
        a.post(10);
        b.post(20);
        slots.indirect.post(0);
        slots.induced.post(0);
        slots.all().get(4).post(1_000);
        assertThat(slots.vacancies(true)).isEqualTo(10);
        assertThat(slots.vacancies(false)).isEqualTo(20);
        assertThat(slots.vacancies(EmployerClass.MINING)).isEqualTo(30);
        slots.hire(10, 0, 20, 20);
        // only skilled vacancies of registered employers count as open skilled vacancies
        assertThat(slots.openSkilledVacancies()).isEqualTo(10);
        assertThat(b.workforce).isEqualTo(20);
    }
}
