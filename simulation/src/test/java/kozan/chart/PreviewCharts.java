package kozan.chart;

import kozan.io.ResultsFixture;
import kozan.io.ResultsReader;

import java.nio.file.Path;

/** Renders the fixture's charts into a directory to look at them: {@code PreviewCharts OUTDIR}. */
public final class PreviewCharts {

    private PreviewCharts() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path base = ResultsFixture.write(out.resolve("baseline"), "fixture-baseline", 1.0);
        Path policy = ResultsFixture.write(out.resolve("policy"), "fixture-policy", 2.0);
        ChartSet.drawAll(base);
        ChartSet.drawComparison(base, policy, out.resolve("compare"));
        kozan.chart.report.HtmlReport.write(base, null, base.resolve("report.html"));
        kozan.chart.report.HtmlReport.write(policy, base, policy.resolve("report.html"));
        System.out.println(ResultsReader.read(base).annual().keys().size() + " annual series");
    }
}
