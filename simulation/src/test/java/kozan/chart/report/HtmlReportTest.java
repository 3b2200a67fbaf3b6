package kozan.chart.report;

import kozan.chart.ChartSet;
import kozan.chart.Fixtures;
import kozan.chart.ImageChecks;
import kozan.io.Results;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class HtmlReportTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static Results baseline;
    static Results policy;
    static String html;

    @TempDir
    Path tmp;

    @BeforeAll
    static void render() throws Exception {
        baseline = Fixtures.baseline();
        policy = Fixtures.policy();
        html = HtmlReport.render(baseline, null);
    }

    @Test
    void embedsEveryChartAsInlineSvg() {
        // every chart once, and the headline chart (import dependence) again at the top
        assertThat(count(html, "<svg ")).isEqualTo(ChartSet.standard(baseline).size() + 1);
        assertThat(html.indexOf("id=\"headline-chart\"")).isLessThan(html.indexOf("id=\"headlines\""));
        assertThat(html).contains("id=\"chart-jobs_by_class\"", "id=\"chart-fan_import_dependence_rare_earths\"");
    }

    @Test
    void isSelfContained() {
        assertThat(html).doesNotContain("<script", "<link", " src=", "<img", "@import", "<iframe");
        Matcher m = Pattern.compile("https?://[^'\"\\s)]+").matcher(html);
        Set<String> urls = new HashSet<>();
        while (m.find()) {
            urls.add(m.group());
        }
        // only XML namespace names, which browsers never fetch
        assertThat(urls).isSubsetOf("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink",
                "http://www.jfree.org/jfreesvg/svg");
    }

    @Test
    void idsAreUniqueAcrossTheInlineCharts() {
        Matcher m = Pattern.compile("\\sid=['\"]([^'\"]+)['\"]").matcher(html);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).hasSizeGreaterThan(50).doesNotHaveDuplicates();
    }

    @Test
    void escapesTextFromTheScenario() {
        assertThat(html).contains("Fixture baseline &lt;test&gt; &amp; &quot;quotes&quot;")
                .contains("&lt;b&gt;not bold&lt;/b&gt;").doesNotContain("<b>not bold</b>");
    }

    @Test
    void showsDescriptionLeversHeadlinesTablesAndProvenance() throws Exception {
        assertThat(html).contains("Minamitorishima rare-earth mud project");
        assertThat(html).contains("<tr class=\"changed\"><td>Capex grant</td><td>0 from 2025-01; 0.2 from 2028-04</td><td>0</td>");
        assertThat(html).contains("<tr class=\"changed\"><td>Exploration subsidy</td><td>0.5</td><td>0</td>");
        assertThat(html).contains("<tr class=\"changed\"><td>Carbon price</td><td>3,000</td><td>0</td><td>JPY/t CO2e</td>");
        assertThat(html).contains("<tr><td>Permitting multiplier</td><td>1</td><td>1</td>");
        assertThat(html).contains("moves 4 government levers away from the format&#39;s defaults");
        assertThat(html).contains("china_re_export_ban");
        assertThat(html).containsPattern("Jobs from mining in 2040.*[0-9,]+ persons \\(95% CI [0-9,]+ to [0-9,]+\\)");
        assertThat(html).containsPattern("Import dependence of Rare earths in 2040.*[0-9.]+% \\(95% CI");
        assertThat(html).contains("<caption>Jobs by region, all classes (persons, mean [95% CI])</caption>");
        assertThat(html).contains("<th>2030</th><th>2035</th><th>2040</th>");
        assertThat(html).containsPattern("<tr><td>Kanto 関東</td><td class=\"num\">[0-9,]+ \\[[0-9,]+–[0-9,]+\\]</td>");
        String sha = baseline.manifest().get("files").get("annual.csv").asText();
        assertThat(html).contains("<code>files.annual.csv</code></td><td class=\"mono\">" + sha);
        assertThat(html).doesNotContain("Net jobs in");
    }

    @Test
    void withABaselineAddsPairedDifferencesAndComparisonCharts() throws Exception {
        String withBase = HtmlReport.render(policy, baseline);
        assertThat(withBase).containsPattern("Net jobs in 2040.*[0-9,]+ persons \\(95% CI");
        // the fixture displaces half of the simulated jobs (jobs_displaced = 0.5 x gross per region, manufacturing
        // and R* the same in both runs), so net = change in employed = gross / 2: the net card is not the gross card
        double gross = cardMean(withBase, "Gross jobs in 2040");
        double net = cardMean(withBase, "Net jobs in 2040");
        assertThat(gross).isGreaterThan(100);
        assertThat(net).isCloseTo(gross / 2, org.assertj.core.data.Offset.offset(1.0));
        assertThat(withBase).containsPattern("Gross jobs in 2040.*[0-9,]+ persons \\(95% CI")
                .containsPattern("Net jobs in 2040.*change in employed = gross - change in displaced \\([0-9,.]+\\)")
                .containsPattern("Fiscal cost per gross job-year 2025–20[0-9]{2}</div><div class=\"card-value\">[0-9,]+ JPY<")
                .containsPattern("Fiscal cost per net job-year 2025–20[0-9]{2}</div><div class=\"card-value\">[0-9,]+ JPY<");
        assertThat(withBase).contains("Import dependence reduction, Rare earths, 2040", "percentage points");
        assertThat(withBase).contains("id=\"chart-compare_net_jobs\"");
    }

    @Test
    void isReproducible() throws Exception {
        assertThat(HtmlReport.render(baseline, null)).isEqualTo(html);
    }

    @Test
    void rendersInHeadlessChromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed (CI installs Debian's chromium)");
        Path file = HtmlReport.write(Fixtures.baselineDir(), null, tmp.resolve("report.html"));
        Path shot = tmp.resolve("shot.png");
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + tmp.resolve("profile"), "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--hide-scrollbars", "--virtual-time-budget=5000", "--window-size=1200,2400", "--screenshot=" + shot, file.toUri().toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(Files.exists(shot)).as("screenshot written; log: %s",
                Files.readString(tmp.resolve("chromium.log"))).isTrue();
        BufferedImage img = ImageChecks.png(shot, 1200, 2400);
        assertThat(ImageChecks.colours(img)).as("not blank").hasSizeGreaterThan(100);
        // the headline chart (import dependence) opens the page: its commodity lines must have been painted
        assertThat(ImageChecks.count(img, kozan.chart.Palette.commodity("rare_earths"))).isGreaterThan(300);
        assertThat(ImageChecks.count(img, kozan.chart.Palette.commodity("lithium"))).isGreaterThan(300);
    }

    @Test
    void escapingCoversMarkupAndQuotes() {
        assertThat(Html.esc("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assertThat(Html.esc(null)).isEmpty();
        assertThat(Html.num(12345.6)).isEqualTo("12,346");
        assertThat(Html.num(-0.0001)).isEqualTo("0.000");
        assertThat(Html.pct(0.8734)).isEqualTo("87.3%");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /** The mean of a card "1,234 persons (95% CI ...)", its thousands separators removed. */
    private static double cardMean(String html, String title) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(title)
                + "</div><div class=\"card-value\">(-?[0-9,.]+) persons").matcher(html);
        assertThat(m.find()).as("card %s", title).isTrue();
        return Double.parseDouble(m.group(1).replace(",", ""));
    }
}
