package kozan.cli;

import kozan.chart.ChartSet;
import kozan.chart.report.HtmlReport;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code charts/} and {@code report.html} into a finished compare or batch folder, as {@code kozan chart
 * DIR} and {@code kozan report DIR} would. They are drawn from the folder's data files after those are complete
 * and are not among them: the manifest does not list them and the byte-identity of the data files across threads,
 * resumes and shards does not involve them. A failure to draw is a warning; the results stand.
 */
final class ChartsAndReport {

    private ChartsAndReport() {
    }

    static void write(Path dir, PrintWriter out, PrintWriter err) {
        String headless = System.getProperty("java.awt.headless");
        System.setProperty("java.awt.headless", "true");
        try {
            List<Path> files = ChartSet.drawAll(dir);
            out.println("charts: " + files.size() / 2 + " in " + dir.resolve("charts"));
            out.println("report: " + HtmlReport.write(dir, null, dir.resolve("report.html")));
        } catch (Exception e) {
            err.println("warning: charts or report.html not written (" + e.getMessage() + "); the results are"
                    + " complete: try 'kozan chart " + dir + "' and 'kozan report " + dir + "'");
        } finally {
            if (headless == null) {
                System.clearProperty("java.awt.headless");
            } else {
                System.setProperty("java.awt.headless", headless);
            }
        }
    }
}
