package kozan.cli;

import kozan.chart.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ChartAndReportCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void chartRedrawsFromTheCsvFiles() throws Exception {
        Path dir = Fixtures.copy(Fixtures.policyDir(), tmp.resolve("run"));
        int code = run(new ChartCommand(), dir.toString(), "--baseline", Fixtures.baselineDir().toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(dir.resolve("charts/jobs_by_class.png")).isNotEmptyFile();
        assertThat(dir.resolve("charts/compare_net_jobs.svg")).isNotEmptyFile();
        assertThat(out.toString()).contains("charts").contains(dir.resolve("charts").toString());
    }

    @Test
    void reportWritesReportHtmlIntoTheResultsDirectory() throws Exception {
        Path dir = Fixtures.copy(Fixtures.baselineDir(), tmp.resolve("run"));
        assertThat(run(new ReportCommand(), dir.toString())).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("report.html"))).startsWith("<!DOCTYPE html>").contains("<svg ");
        assertThat(run(new ReportCommand(), dir.toString(), "--out", tmp.resolve("r.html").toString())).isZero();
        assertThat(tmp.resolve("r.html")).isNotEmptyFile();
    }

    @Test
    void badDirectoryIsBadInputWithExitCode2AndNoStackTrace() {
        assertThat(run(new ChartCommand(), tmp.resolve("missing").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("kozan chart: not a directory").doesNotContain("Exception");
        assertThat(run(new ReportCommand(), tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("kozan report: " + tmp + " is not a Kozan results folder: it has no"
                + " annual.csv (kozan run), comparison.csv (kozan compare) or summary.csv with design.csv (kozan batch)");
    }

    @Test
    void helpDocumentsTheOptions() {
        assertThat(run(new ReportCommand(), "--help")).isZero();
        assertThat(out.toString()).contains("--baseline", "--out", "self-contained");
    }

    @Test
    void compareOfTwoResultsFoldersWritesChartsAndAReportThatChartAndReportRedraw() throws Exception {
        Path cmp = tmp.resolve("cmp");
        int code = run(new CompareCommand(), Fixtures.baselineDir().toString(), Fixtures.policyDir().toString(),
                "--out", cmp.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(cmp.resolve("comparison.csv")).isNotEmptyFile();
        assertThat(cmp.resolve("charts/compare_import_dependence.png")).isNotEmptyFile();
        assertThat(cmp.resolve("charts/compare_jobs.svg")).isNotEmptyFile();
        assertThat(cmp.resolve("charts/compare_jobs_by_region.png")).isNotEmptyFile();
        String html = Files.readString(cmp.resolve("report.html"));
        assertThat(html).contains("<title>Kozan report: Comparison cmp</title>", "id=\"headline-chart\"",
                "Gross jobs (change in direct + indirect + induced)", "Kanto 関東");
        // the chart and report commands redraw them from comparison.csv alone
        Files.delete(cmp.resolve("report.html"));
        Files.delete(cmp.resolve("charts/compare_jobs.png"));
        assertThat(run(new ChartCommand(), cmp.toString())).as(err.toString()).isZero();
        assertThat(cmp.resolve("charts/compare_jobs.png")).isNotEmptyFile();
        assertThat(run(new ReportCommand(), cmp.toString())).as(err.toString()).isZero();
        assertThat(Files.readString(cmp.resolve("report.html"))).isEqualTo(html);
    }
}
