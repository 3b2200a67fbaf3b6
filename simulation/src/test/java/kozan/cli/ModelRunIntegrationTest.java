package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kozan.io.RunWriter;
import kozan.observe.MetricDef;
import kozan.observe.Metrics;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader;
import kozan.scenario.ScenarioWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real model through the real writers: thread-independent bytes and annual ratios that match their parts. */
class ModelRunIntegrationTest {

    @TempDir
    Path tmp;

    private Path write(Scenario scenario, int threads, String name) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Engine engine = new ModelEngine();
        new RunWriter(engine.runFunction(), engine.metrics()).write(new RunWriter.Request(scenario,
                ScenarioWriter.toYaml(scenario), "valid-minimal.yaml", "00".repeat(32), threads), dir,
                RunWriter.Progress.NONE);
        return dir;
    }

    @Test
    void realModelRunsAreThreadIndependentAndRatiosMatchTheirParts() throws Exception {
        Path file = Path.of(getClass().getResource("/scenarios/valid-minimal.yaml").toURI());
        Scenario scenario = ScenarioLoader.load(file, List.of(new ScenarioLoader.Override("run.replications", 3)));
        Path one = write(scenario, 1, "t1");
        Path two = write(scenario, 2, "t2");
        for (String name : List.of("timeseries.csv", "annual.csv", "summary.csv", "summary.json", "scenario.yaml")) {
            assertThat(Files.readAllBytes(two.resolve(name))).as(name).isEqualTo(Files.readAllBytes(one.resolve(name)));
        }

        // every annual RATIO value = sum of its numerator metrics / sum of its denominator metrics (same keys)
        Map<String, Double> values = new HashMap<>();
        List<String> annual = Files.readAllLines(one.resolve("annual.csv"));
        for (String line : annual.subList(1, annual.size())) {
            String[] f = line.split(",", -1); // replication,year,metric,commodity,region,detail,unit,value
            values.put(f[0] + "|" + f[1] + "|" + f[2] + "|" + f[3] + "|" + f[4] + "|" + f[5], Double.parseDouble(f[7]));
        }
        MetricDef dependence = Metrics.get("import_dependence");
        int checked = 0;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            String[] k = e.getKey().split("\\|", -1);
            if (k[2].equals(dependence.name())) {
                String prefix = k[0] + "|" + k[1] + "|";
                String rest = "|" + k[3] + "|" + k[4] + "|" + k[5];
                double numerator = sum(values, prefix, dependence.numerator(), rest);
                double denominator = sum(values, prefix, dependence.denominator(), rest);
                if (denominator > 0) {
                    assertThat(e.getValue()).as(e.getKey()).isCloseTo(numerator / denominator, within(1e-9));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(3 * 10 * scenario.commodities().size());
    }

    private static double sum(Map<String, Double> values, String prefix, String metrics, String rest) {
        double total = 0;
        for (String metric : metrics.split("\\+")) {
            total += values.getOrDefault(prefix + metric.strip() + rest, 0.0);
        }
        return total;
    }
}
