package kozan.model.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import kozan.scenario.IoTableSpec;
import kozan.scenario.SupplierKind;
import kozan.scenario.SupplierSpec;
import kozan.scenario.io.IoTable;
import org.junit.jupiter.api.Test;

class SupplierLabourTest {
    private static final IoTableSpec IO = new IoTableSpec("japan-2015-37", "06", "30", "66", "27", 4_710_000);
    private static final IoTable TABLE = IoTable.load(IO.table(), null, IO.compensationPerEmployeeYen());

    private static SupplierSpec supplier(SupplierKind kind, Double override, String sector) {
        return new SupplierSpec("s", null, kind, "kanto", null, 1e10, 0, null, override, sector, 0.9, 0.5, 12, 18, 0.2);
    }

    @Test
    void workersAreCoefficientTimesOutput() {
        // production machinery: 3,986.6 bn compensation / 16,704.9 bn output / 4.71 M JPY = 0.0507 per million JPY
        double c = SupplierLabour.coefficient(supplier(SupplierKind.EQUIPMENT, null, null), IO, TABLE);
        // persons per million 2025 JPY: the 2015 coefficient / 1.12 (the default price index 2025/2015)
        assertThat(c).isCloseTo(3986.6 / 16704.9 * 1e6 / 4.71e6 / 1.12, within(1e-5));
        // 10 bn JPY/yr of machinery employs about 507 people
        assertThat(SupplierLabour.workers(10e9, c)).isCloseTo(c * 10_000, within(1e-9));
        assertThat(SupplierLabour.workersAtFill(10e9 / 12, 1.0, c)).isCloseTo(c * 10_000, within(1e-6));
    }

    @Test
    void labourDemandScalesOutputBackToFullFill() {
        // 1 bn JPY this month made with half the crew: 2 bn/month at full fill = 24 bn/yr -> 24,000 x 0.05 = 1,200
        assertThat(SupplierLabour.workersAtFill(1e9, 0.5, 0.05)).isCloseTo(1200, within(1e-9));
        assertThat(SupplierLabour.workersAtFill(1e9, 1.0, 0.05)).isCloseTo(600, within(1e-9));
        assertThat(SupplierLabour.workersAtFill(1e9, 0.0, 0.05)).as("no crew, no output to scale").isZero();
        assertThat(SupplierLabour.workersAtFill(0.0, 0.8, 0.05)).isZero();
        // a sector without employment (coefficient 0) needs nobody, whatever it makes
        assertThat(SupplierLabour.workers(1e9, 0.0)).isZero();
    }

    @Test
    void sectorByKindOrOverride() {
        assertThat(SupplierLabour.sector(SupplierKind.ENGINEERING, IO)).isEqualTo("66");
        assertThat(SupplierLabour.sector(SupplierKind.PROCESSING, IO)).isEqualTo("27");
        assertThat(SupplierLabour.sector(supplier(SupplierKind.PROCESSING, null, "26"), IO)).isEqualTo("26");
        assertThat(SupplierLabour.coefficient(supplier(SupplierKind.PROCESSING, null, null), IO, TABLE))
                .isCloseTo(TABLE.employmentCoefficient(TABLE.index("27")) / 1.12, within(1e-15));
        assertThat(SupplierLabour.coefficient(supplier(SupplierKind.PROCESSING, 0.123, null), IO, TABLE)).isEqualTo(0.123);
        assertThatThrownBy(() -> SupplierLabour.coefficient(supplier(SupplierKind.PROCESSING, null, "99"), IO, TABLE))
                .hasMessageContaining("no sector '99'");
        assertThatThrownBy(() -> SupplierLabour.workers(-1, 0.1)).hasMessageContaining("must be >= 0");
    }
}
