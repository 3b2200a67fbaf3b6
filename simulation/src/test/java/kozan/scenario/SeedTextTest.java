package kozan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Seeds in output tables are text that no CSV reader takes for a number (R and pandas would read a 64-bit decimal
 * as a double and lose its last digits), and every input that takes a seed reads that text and the old decimal.
 */
class SeedTextTest {

    static final Path MINIMAL = Path.of("src/test/resources/scenarios/valid-minimal.yaml");

    @Property(seed = "20261205")
    void roundTripsExactlyAndIsNeverANumber(@ForAll long seed) {
        String text = SeedText.format(seed);
        assertThat(SeedText.parse(text)).isEqualTo(seed);
        assertThat(SeedText.parse(Long.toString(seed))).isEqualTo(seed); // the decimal of before
        assertThat(text).hasSize(17).startsWith("x");
        // what read.csv / read_csv would try: not a number, so the column stays text (and exact)
        assertThatThrownBy(() -> Double.parseDouble(text)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Long.decode(text)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void examples() {
        // 20250101 = 0x134FDF5; -1 is all 64 bits set; Long.MIN_VALUE only the top bit
        assertThat(SeedText.format(20250101L)).isEqualTo("x000000000134fdf5");
        assertThat(SeedText.format(-1L)).isEqualTo("xffffffffffffffff");
        assertThat(SeedText.format(Long.MIN_VALUE)).isEqualTo("x8000000000000000");
        assertThat(SeedText.parse("X000000000134FDF5")).isEqualTo(20250101L);
        // a double keeps 53 bits: the decimal master seed 5965651597893679132 read as a double is another number
        assertThat((long) Double.parseDouble("5965651597893679132")).isNotEqualTo(5965651597893679132L);
        assertThat(SeedText.parse("x52ca40855a31b81c")).isEqualTo(5965651597893679132L);
        assertThatThrownBy(() -> SeedText.parse("x134fdf5")).hasMessageContaining("not a seed: 'x134fdf5'")
                .hasMessageContaining("16 hex digits");
    }

    @Test
    void aScenarioTakesItsSeedInEitherForm() throws Exception {
        String text = Files.readString(MINIMAL);
        assertThat(text).contains("  seed: 42\n");
        Scenario hex = ScenarioLoader.parse(text.replace("  seed: 42\n", "  seed: x000000000000002a\n"), "h.yaml");
        assertThat(hex.run().seed()).isEqualTo(42L);
        assertThat(hex).isEqualTo(ScenarioLoader.load(MINIMAL));
        assertThatThrownBy(() -> ScenarioLoader.parse(text.replace("  seed: 42\n", "  seed: x2a\n"), "b.yaml"))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("b.yaml:13:");
    }

    @Test
    void noRegionMayBeCalledJpTheNationalCellOfTheTables() throws Exception {
        String text = Files.readString(MINIMAL);
        assertThat(text).contains("  - id: tohoku\n");
        for (String id : new String[] {"JP", "jp"}) {
            assertThatThrownBy(() -> ScenarioLoader.parse(text.replace("  - id: tohoku\n", "  - id: " + id + "\n"),
                    "r.yaml")).isInstanceOf(ScenarioException.class)
                    .hasMessageContaining("r.yaml:17:")
                    .hasMessageContaining("region id '" + id + "' is reserved: output tables write the national"
                            + " rows as region JP; allowed: another id");
        }
    }
}
