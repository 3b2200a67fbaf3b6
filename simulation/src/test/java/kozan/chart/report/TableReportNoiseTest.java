package kozan.chart.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kozan.chart.OutputKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differences table of a compare folder's report leaves out rows that are numerical noise in the years it
 * shows: a row that moves only in a year the table does not show would print as 0.000 [0.000, 0.000] in every
 * column, which the note above the table says is left out.
 */
class TableReportNoiseTest {

    @TempDir
    Path dir;

    @Test
    void aRowThatMovesOnlyInAnUnshownYearIsLeftOut() throws Exception {
        StringBuilder csv = new StringBuilder("measure,commodity,region,class,year,unit,n,mean,ci95_low,ci95_high,"
                + "unpaired_ci95_low,unpaired_ci95_high,paired_to_unpaired_width\n");
        for (int year = 2025; year <= 2032; year++) { // eight years: the table shows 2025, 2030 and 2032
            double zinc = year == 2027 ? 5e9 : 0; // moves only in 2027, not shown
            double copper = year == 2030 ? 7e9 : 0; // moves in a shown year
            csv.append(row("zinc", year, zinc)).append(row("copper", year, copper));
        }
        Files.writeString(dir.resolve("comparison.csv"), csv.toString());
        String html = TableReport.render(dir, OutputKind.COMPARE);
        assertThat(html).contains("<th>2025</th><th>2030</th><th>2032</th>");
        assertThat(html).contains("Imports avoided, Copper").doesNotContain("Imports avoided, Zinc");
    }

    private static String row(String commodity, int year, double mean) {
        return "import_reduction_yen," + commodity + ",JP,," + year + ",JPY (2025),2," + mean + "," + mean + ","
                + mean + "," + mean + "," + mean + ",1\n";
    }
}
