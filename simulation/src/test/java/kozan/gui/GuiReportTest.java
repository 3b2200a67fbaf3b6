package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Report writes kozan report's HTML for the runs on screen: one scenario, or a policy against its baseline. */
class GuiReportTest {

    @TempDir
    Path tmp;

    @Test
    void singleRunAndSideBySideReports() throws Exception {
        Path single = GuiReport.single(GuiFixtures.scenario(), GuiFixtures.scenarioFile().toString(), tmp.resolve("one"));
        assertThat(single).isEqualTo(tmp.resolve("one/report.html"));
        assertThat(Files.readString(single)).contains("gui-fixture").contains("<svg");
        // annual files, as kozan run writes by default: no 18 MB of monthly rows per replication for a report
        assertThat(tmp.resolve("one/annual.csv")).exists();
        assertThat(tmp.resolve("one/timeseries.csv")).doesNotExist();

        Path pair = GuiReport.pair(GuiFixtures.scenarioFile(), LivePairTest.policyFile(tmp), 2, tmp.resolve("two"));
        String html = Files.readString(pair);
        assertThat(html).contains("gui-policy").contains("gui-fixture").contains("<svg");
        try (var files = Files.walk(tmp.resolve("two"))) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("annual.csv")
                    .doesNotContain("timeseries.csv");
        }
    }
}
