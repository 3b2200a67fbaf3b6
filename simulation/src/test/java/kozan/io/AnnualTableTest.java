package kozan.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kozan.observe.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's annual table equals the table read back from the annual.csv written with it. */
class AnnualTableTest {

    @TempDir
    Path tmp;

    @Test
    void equalsReadingAnnualCsvBack() throws Exception {
        Path file = tmp.resolve("annual.csv");
        AnnualTable table = new AnnualTable();
        AnnualCsvWriter csv = new AnnualCsvWriter(file, true, new Units(List.of(), Map.of()));
        AnnualOutputs outputs = new AnnualOutputs(java.util.Set.of(2030), csv, table);
        // replication 1 before 0 (workers finish in any order); 1/3 is rounded to 12 digits in the file
        outputs.accept(1, 2030, "jobs", "", "", "", 1.0 / 3);
        outputs.accept(1, 2031, "jobs", "", "r2", "", 7);
        outputs.accept(0, 2030, "jobs", "", "", "", 2.5);
        outputs.accept(0, 2030, "imports_t", "cu", "", "chile", 1e-20);
        outputs.close();

        SeriesTable fromFile = ResultsReader.read(tmp).annual();
        SeriesTable fromRun = table.table();
        assertThat(fromRun.periods()).isEqualTo(fromFile.periods()).containsExactly("2030", "2031");
        assertThat(fromRun.replications()).isEqualTo(fromFile.replications()).containsExactly(0, 1);
        assertThat(fromRun.keys()).containsExactlyElementsOf(fromFile.keys());
        for (SeriesKey k : fromFile.keys()) {
            assertThat(fromRun.values(k)).as(k.toString()).isEqualTo(fromFile.values(k));
        }
        // 0.333333333333 as written (12 significant digits), not 1/3; a missing row is NaN
        assertThat(fromRun.values(SeriesKey.of("jobs"))[1][0]).isEqualTo(0.333333333333);
        assertThat(fromRun.values(SeriesKey.region("jobs", "r2"))[0][1]).isNaN();
    }

    @Test
    void givesUpBeyondItsRowLimit() {
        AnnualTable table = new AnnualTable(2);
        table.accept(0, 2030, "a", "", "", "", 1);
        table.accept(0, 2030, "b", "", "", "", 1);
        assertThat(table.table()).isNotNull();
        table.accept(0, 2030, "c", "", "", "", 1);
        assertThat(table.table()).isNull(); // the caller reads annual.csv instead
    }
}
