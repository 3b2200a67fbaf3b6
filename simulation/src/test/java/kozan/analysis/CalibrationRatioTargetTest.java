package kozan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import kozan.batch.BatchSpec;
import kozan.batch.BatchSpecException;
import kozan.batch.DesignPoint;
import kozan.batch.MetricKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ratio target ({@code relative_to_year}): the moment is the metric in its year over the same metric in the base
 * year, run by run, then averaged over the replications (so its standard error is the ratio's spread), as a price
 * index or a growth factor is recorded.
 */
class CalibrationRatioTargetTest {

    private static final BatchSpec BATCH = new BatchSpec(Path.of("b.yaml"), "ratio", "",
            List.of(new BatchSpec.ScenarioRef("base", Path.of("base.yaml"))),
            List.of(new BatchSpec.ParameterSpec("lambda", null, 0.0, 1.0, 0, false)), BatchSpec.Design.GRID, 0, 1,
            2, 1, List.of(), List.of(2008, 2009), 1, null);
    private static final ModelStudy.Output PRICE_2009 = new ModelStudy.Output("p", "", "", "", 2009);

    /**
     * The price is 100 + 10 rep in 2008 and (100 + 10 rep)(1 - lambda / 2) + rep in 2009: the ratio of run rep is
     * 1 - lambda / 2 + rep / (100 + 10 rep). Two replications (0 and 1): mean ratio 1 - lambda / 2 + 1 / 220.
     */
    private static SortedMap<MetricKey, Double> run(DesignPoint point, int rep, long seed) {
        double lambda = (Double) point.values().get("lambda");
        double level = 100 + 10 * rep;
        SortedMap<MetricKey, Double> v = new TreeMap<>();
        v.put(new MetricKey("p", "", "", "", 2008), level);
        v.put(new MetricKey("p", "", "", "", 2009), level * (1 - lambda / 2) + rep);
        return v;
    }

    @Test
    void theMomentIsTheMeanOverReplicationsOfEachRunsRatio() {
        CalibrationSpec spec = new CalibrationSpec(Path.of("cal.yaml"), Path.of("b.yaml"), null, 1, 40, 0, null,
                List.of(new CalibrationSpec.Target(PRICE_2009, 0.7, 0.05, 400, 2008)));
        Calibration c = new Calibration(BATCH, spec, CalibrationRatioTargetTest::run);
        double[][] m = c.moments(new double[] {0.4});
        assertThat(m[0][0]).isCloseTo(0.8 + 1.0 / 220, within(1e-12));
        // the ratio's own spread: runs 0.8 and 0.8 + 1/110, so se = (1/110) / sqrt(2) / sqrt(2)
        assertThat(m[1][0]).isCloseTo(1.0 / 110 / 2, within(1e-12));
        // a level target on the same output is the 2009 price itself: (100 x 0.8 + 110 x 0.8 + 1) / 2
        CalibrationSpec level = new CalibrationSpec(Path.of("cal.yaml"), Path.of("b.yaml"), null, 1, 40, 0, null,
                List.of(new CalibrationSpec.Target(PRICE_2009, 0.7, 0.05, 400)));
        assertThat(new Calibration(BATCH, level, CalibrationRatioTargetTest::run).moments(new double[] {0.4})[0][0])
                .isCloseTo(84.5, within(1e-9));
    }

    @Test
    void aCalibrationToARatioRecoversTheParameterAndWritesTheBaseYear(@TempDir Path dir) throws Exception {
        // target 0.7: 1 - lambda / 2 + 1/220 = 0.7 at lambda = 0.6 + 1/110
        CalibrationSpec spec = new CalibrationSpec(Path.of("cal.yaml"), Path.of("b.yaml"),
                CalibrationFile.OptimizerName.cmaes, 1, 200, 0, 7L,
                List.of(new CalibrationSpec.Target(PRICE_2009, 0.7, 0.05, 400, 2008)));
        Calibration.Result r = new Calibration(BATCH, spec, CalibrationRatioTargetTest::run).run(1);
        assertThat(r.estimates().get(0).value()).isCloseTo(0.6 + 1.0 / 110, within(1e-4));
        CalibrationFiles.write(dir, r, List.of("lambda"), dir.resolve("base.yaml"));
        List<String> fit = Files.readAllLines(dir.resolve(CalibrationFiles.FIT));
        assertThat(fit.get(0)).endsWith(",relative_to_year");
        assertThat(fit.get(1)).startsWith("p,,JP,,2009,0.7,").endsWith(",2008");
    }

    @Test
    void aBaseYearEqualToTheTargetsYearOrNotKeptIsRefusedAtItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.yaml"), "version: 1\n");
        Path same = Files.writeString(dir.resolve("same.yaml"), """
                batch: b.yaml
                targets:
                  - {metric: world_price, commodity: rare_earths, year: 2009, relative_to_year: 2009, value: 0.68, se: 0.05}
                """);
        assertThatThrownBy(() -> CalibrationSpec.load(same)).isInstanceOf(BatchSpecException.class)
                .hasMessageContaining("same.yaml:3:")
                .hasMessageContaining("relative_to_year 2009 is the target's own year");
        Path notKept = Files.writeString(dir.resolve("cal.yaml"), """
                batch: b.yaml
                targets:
                  - {metric: p, year: 2009, relative_to_year: 2007, value: 0.68, se: 0.05}
                """);
        CalibrationSpec spec = CalibrationSpec.load(notKept);
        BatchSpec kept2008And2009 = new BatchSpec(dir.resolve("b.yaml"), "ratio", "", BATCH.scenarios(),
                BATCH.parameters(), BatchSpec.Design.GRID, 0, 1, 2, 1,
                List.of(new BatchSpec.MetricSelector("p", null, null, null)), List.of(2008, 2009), 1, null);
        assertThatThrownBy(() -> spec.check(kept2008And2009)).isInstanceOf(BatchSpecException.class)
                .hasMessageContaining("cal.yaml:3:")
                .hasMessageContaining("the base year 2007 of target p 2009 is not kept by the batch file b.yaml");
    }
}
