package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kozan.io.Csv;
import kozan.scenario.SeedText;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * runs_long.csv (docs/batch.md, docs/outputs.md) is runs.csv reshaped to long form: one row per run and kept value,
 * with the unit, the nation as region JP and the seed as text; its bytes do not depend on threads or shards
 * (BatchJobTest.DATA_FILES, BatchIntegrityTest).
 */
class RunsLongTest {

    @TempDir
    Path tmp;

    @Test
    void longFormIsTheWideTableReshapedWithUnitsRegionsAndSeeds() throws Exception {
        Path spec = BatchFixtures.write(tmp, BatchFixtures.GRID);
        BatchJob.Result r = new BatchJob(BatchFixtures.plan(spec), new FakeModel(), BatchFixtures::unit,
                BatchProgress.NONE, new java.io.PrintWriter(System.err, true)).run(tmp.resolve("out"), 2, false,
                kozan.batch.Shard.ALL, false);
        List<CSVRecord> wide = BatchJobTest.read(r.dir().resolve(BatchOutputs.RUNS));
        List<CSVRecord> longRows = BatchJobTest.read(r.dir().resolve(BatchOutputs.RUNS_LONG));
        assertThat(Files.readAllLines(r.dir().resolve(BatchOutputs.RUNS_LONG)).get(0)).isEqualTo(
                "run,design_point,scenario,government.exploration_subsidy,fail.me,replication,seed,"
                        + "metric,commodity,region,detail,year,unit,value");

        // wide: (design point, replication) -> column name -> value, every non-empty value cell
        Map<String, Map<String, String>> fromWide = new HashMap<>();
        int cells = 0;
        for (CSVRecord w : wide) {
            Map<String, String> values = new HashMap<>();
            for (String column : w.getParser().getHeaderNames()) {
                if (column.contains("@") && !w.get(column).isEmpty()) {
                    values.put(column, w.get(column));
                    cells++;
                }
            }
            fromWide.put(w.get("design_point") + "/" + w.get("replication") + "/" + w.get("seed"), values);
        }
        // 12 points x 6 replications, the 6 points with fail.me = 1 fail (no values); the 36 others keep
        // imports_t (copper, national) and jobs_direct (hokkaido, production) in 2030 and 2035: 4 values each
        assertThat(cells).isEqualTo(36 * 4);
        assertThat(longRows).hasSize(cells);
        for (CSVRecord l : longRows) {
            Map<String, String> values = fromWide.get(l.get("design_point") + "/" + l.get("replication") + "/"
                    + l.get("seed"));
            assertThat(values).as("wide row of long row %s", l).isNotNull();
            String column = new MetricKey(l.get("metric"), l.get("commodity"), Csv.region(l.get("region")),
                    l.get("detail"), Integer.parseInt(l.get("year"))).column();
            assertThat(l.get("value")).as(column).isEqualTo(values.get(column));
            // run id = design point x replications + replication (6 replications)
            assertThat(Integer.parseInt(l.get("run"))).isEqualTo(
                    Integer.parseInt(l.get("design_point")) * 6 + Integer.parseInt(l.get("replication")));
            assertThat(l.get("region")).isNotEmpty();
            assertThat(l.get("unit")).isEqualTo(l.get("metric").equals("imports_t") ? "t" : "persons");
            assertThat(SeedText.isHex(l.get("seed"))).isTrue();
        }
        assertThat(longRows).filteredOn(l -> l.get("metric").equals("imports_t"))
                .allMatch(l -> l.get("region").equals("JP"));
    }
}
