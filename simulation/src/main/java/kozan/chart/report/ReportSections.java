package kozan.chart.report;

import com.fasterxml.jackson.databind.JsonNode;
import kozan.chart.Comparison;
import kozan.chart.Labels;
import kozan.chart.NamedChart;
import kozan.chart.Totals;
import kozan.io.Results;
import kozan.observe.Metrics;
import kozan.stats.Bounds;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The body sections of {@link HtmlReport}, appended to one buffer in reading order. */
final class ReportSections {

    private final StringBuilder out;
    private final Results results;
    private final Results baseline;
    private final KeyFigures f;
    private final List<Integer> years;
    private final Labels labels;

    ReportSections(StringBuilder out, Results results, Results baseline, KeyFigures figures, List<Integer> years) {
        this.out = out;
        this.results = results;
        this.baseline = baseline;
        this.f = figures;
        this.years = years;
        this.labels = figures.labels();
    }

    void write(List<NamedChart> charts) {
        headlineChart(charts, baseline != null ? List.of("compare_import_dependence", "compare_net_jobs")
                : List.of(Metrics.IMPORT_DEPENDENCE, "jobs_by_class"));
        contents(charts);
        headlines();
        levers();
        chartSection(charts);
        tables();
        provenance();
    }

    private void contents(List<NamedChart> charts) {
        out.append("<nav><strong>Contents:</strong> <a href=\"#headlines\">Headline numbers</a> · ")
                .append("<a href=\"#levers\">Levers and events</a> · <a href=\"#charts\">Charts</a> (")
                .append(charts.size()).append(") · <a href=\"#tables\">Key years</a> · ")
                .append("<a href=\"#provenance\">Provenance</a></nav>\n");
    }

    private void headlines() {
        out.append("<section id=\"headlines\">\n<h2>Headline numbers</h2>\n<p class=\"note\">Means across ")
                .append(results.annual().replicationCount()).append(" replication(s) with 95% confidence intervals ")
                .append("of the mean (t distribution; on the logit scale for shares and the log scale for jobs and ")
                .append("imports, so they stay in range). Jobs are annual averages of monthly employment.</p>\n")
                .append("<div class=\"cards\">\n");
        if (!years.isEmpty()) {
            int last = years.get(years.size() - 1);
            if (f.hasJobs()) {
                card("Jobs from mining in " + last, "direct + indirect + induced, Japan",
                        f.at(f.jobs(null, null), last, "persons", Metrics.bounds(Metrics.JOBS_DIRECT)).text(false));
                card("Job-years " + period(), "sum of annual jobs over the run", f.jobYears().text(false));
            }
            for (String c : f.dependenceCommodities()) {
                if (labels.critical(c)) {
                    card("Import dependence of " + labels.commodity(c) + " in " + last,
                            "imports / (imports + domestic-origin supply)",
                            f.at(f.dependence(c), last, "", Metrics.bounds(Metrics.IMPORT_DEPENDENCE)).text(true));
                }
            }
            if (baseline != null) {
                comparisonCards(last);
            }
        }
        out.append("</div>\n</section>\n");
    }

    private void comparisonCards(int year) {
        Comparison cmp = HtmlReport.comparison(baseline, results);
        KeyFigures b = new KeyFigures(baseline);
        String vs = "vs " + baseline.scenarioName() + ", paired by replication";
        if (f.hasJobs() && b.hasJobs()) {
            card("Gross jobs in " + year, "change in direct + indirect + induced jobs, " + vs,
                    KeyFigures.pairedAt(cmp, b.jobs(null, null), f.jobs(null, null), year, 1, "persons", Bounds.UNBOUNDED).text(false));
        }
        if (f.hasNetJobs() && b.hasNetJobs()) {
            String sub = "change in employed, " + vs;
            if (f.hasDisplacement() && b.hasDisplacement()) {
                Estimate displaced = KeyFigures.pairedAt(cmp, b.displaced(), f.displaced(), year, 1, "persons", Bounds.UNBOUNDED);
                Estimate manufacturing = KeyFigures.pairedAt(cmp, b.manufacturing(), f.manufacturing(), year, 1, "persons", Bounds.UNBOUNDED);
                sub = "change in employed = gross - change in displaced (" + Html.num(displaced.mean())
                        + ") + change in manufacturing (" + Html.num(manufacturing.mean()) + "), " + vs;
            }
            card("Net jobs in " + year, sub,
                    KeyFigures.pairedAt(cmp, b.employed(), f.employed(), year, 1, "persons", Bounds.UNBOUNDED).text(false));
        }
        if (f.hasFiscalCost() && b.hasFiscalCost() && f.hasJobs() && b.hasJobs()) {
            double yen = KeyFigures.summedMeanDifference(cmp, b.fiscalCost(), f.fiscalCost());
            costPerJobYearCard("gross", yen, KeyFigures.summedMeanDifference(cmp, b.jobs(null, null), f.jobs(null, null)), vs);
            if (f.hasNetJobs() && b.hasNetJobs()) {
                costPerJobYearCard("net", yen, KeyFigures.summedMeanDifference(cmp, b.employed(), f.employed()), vs);
            }
        }
        for (String c : f.dependenceCommodities()) {
            if (labels.critical(c) && b.dependenceCommodities().contains(c)) {
                card("Import dependence reduction, " + labels.commodity(c) + ", " + year, vs,
                        KeyFigures.pairedAt(cmp, b.dependence(c), f.dependence(c), year, -100,
                                "percentage points", Metrics.bounds(Metrics.IMPORT_DEPENDENCE)).text(false));
            }
        }
        if (f.hasImportsYen() && b.hasImportsYen()) {
            card("Imports avoided in " + year, vs, KeyFigures.pairedAt(cmp, b.importsYen(), f.importsYen(), year,
                    -1e-9, "JPY billion", Bounds.UNBOUNDED).text(false));
        }
    }

    /**
     * Change in fiscal cost over the run / change in gross or net job-years over the run (means of the pairs).
     * When the job-years are not positive there is no cost per job: the spending bought none of that kind.
     */
    private void costPerJobYearCard(String kind, double yen, double jobYears, String vs) {
        String value = jobYears > 0 ? Html.num(yen / jobYears) + " JPY"
                : "n/a: " + kind + " job-years " + Html.num(jobYears) + " are not positive; the change in fiscal"
                        + " cost (" + Html.num(yen) + " JPY) bought no " + kind + " jobs";
        card("Fiscal cost per " + kind + " job-year " + period(), "change in fiscal cost / change in " + kind
                + " job-years, both summed over the run, " + vs, value);
    }

    private void card(String title, String sub, String value) {
        out.append("<div class=\"card\"><div class=\"card-title\">").append(Html.esc(title))
                .append("</div><div class=\"card-value\">").append(Html.esc(value))
                .append("</div><div class=\"card-sub\">").append(Html.esc(sub)).append("</div></div>\n");
    }

    private void levers() {
        out.append("<section id=\"levers\">\n<h2>Levers and events</h2>\n");
        Object gov = results.scenario().get("government");
        if (gov instanceof Map<?, ?> map) {
            LeverReference ref = LeverReference.of(results, baseline);
            List<Levers.Lever> levers = Levers.of(map, ref.government());
            out.append("<p>").append(Html.esc(movedSentence(levers, ref.name())))
                    .append(" A setting is a value, or values from a month on.</p>\n")
                    .append("<table class=\"levers\">\n<caption>Government levers</caption>\n")
                    .append("<tr><th>Lever</th><th>Setting</th><th>")
                    .append(Html.esc(ref.name().equals(LeverReference.DEFAULTS) ? "Default"
                            : Labels.pretty(ref.name().substring(0, ref.name().indexOf(' ')))
                            + ref.name().substring(ref.name().indexOf(' '))))
                    .append("</th><th>Unit</th><th>Meaning</th></tr>\n");
            for (Levers.Lever l : levers) {
                out.append(l.changed() ? "<tr class=\"changed\">" : "<tr>").append("<td>").append(Html.esc(l.label()))
                        .append("</td><td>").append(Html.esc(l.setting())).append("</td><td>")
                        .append(Html.esc(l.reference())).append("</td><td>").append(Html.esc(l.unit()))
                        .append("</td><td>").append(Html.esc(l.doc())).append("</td></tr>\n");
            }
            out.append("</table>\n");
            if (!ref.note().isEmpty()) {
                out.append("<p class=\"note\">").append(Html.esc(ref.note())).append("</p>\n");
            }
        } else {
            out.append("<p>The results hold no resolved scenario, so the levers are unknown.</p>\n");
        }
        Object events = results.scenario().get("events");
        if (events instanceof List<?> list && !list.isEmpty()) {
            out.append("<table>\n<caption>Scheduled events</caption>\n<tr><th>Event</th><th>Details</th></tr>\n");
            for (Object e : list) {
                String id = e instanceof Map<?, ?> m && m.get("id") != null ? String.valueOf(m.get("id")) : "";
                row(id, Values.text(e));
            }
            out.append("</table>\n");
        }
        Object sources = results.metadata().get("sources");
        if (sources instanceof List<?> s && !s.isEmpty()) {
            out.append("<p class=\"note\">Sources: ").append(Html.esc(Values.text(s))).append("</p>\n");
        }
        out.append("</section>\n");
    }

    /** "This scenario moves 1 government lever away from the parent scenarios/baseline.yaml (highlighted, ...)". */
    static String movedSentence(List<Levers.Lever> levers, String reference) {
        long moved = levers.stream().filter(Levers.Lever::changed).count();
        if (moved == 0) {
            return "This scenario sets every government lever as " + reference + " does.";
        }
        return "This scenario moves " + moved + (moved == 1 ? " government lever" : " government levers")
                + " away from " + reference + " (highlighted, listed first).";
    }

    /** The report's opening chart: the first of {@code charts} named in {@code preferred}, else the first one. */
    void headlineChart(List<NamedChart> charts, List<String> preferred) {
        NamedChart pick = HtmlReport.headline(charts, preferred);
        if (pick != null) {
            out.append("<figure class=\"headline\" id=\"headline-chart\">\n").append(HtmlReport.svg(pick, -1))
                    .append("\n<figcaption>").append(Html.esc(pick.caption())).append("</figcaption>\n</figure>\n");
        }
    }

    private void chartSection(List<NamedChart> charts) {
        out.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        for (int i = 0; i < charts.size(); i++) {
            NamedChart c = charts.get(i);
            out.append("<figure id=\"chart-").append(Html.esc(c.name())).append("\">\n")
                    .append(HtmlReport.svg(c, i)).append("\n<figcaption>").append(Html.esc(c.caption()))
                    .append(" <span class=\"file\">charts/").append(Html.esc(c.name())).append(".svg</span>")
                    .append("</figcaption>\n</figure>\n");
        }
        out.append("</section>\n");
    }

    private void tables() {
        out.append("<section id=\"tables\">\n<h2>Key years</h2>\n");
        if (years.isEmpty()) {
            out.append("<p>No target year lies within the run.</p>\n</section>\n");
            return;
        }
        if (f.hasJobs()) {
            header("Jobs by class, Japan (persons, mean [95% CI])", "Class");
            for (int c = 0; c < KeyFigures.JOB_CLASSES.length; c++) {
                if (Totals.has(results.annual(), KeyFigures.JOB_CLASSES[c])) {
                    yearRow(KeyFigures.JOB_CLASS_NAMES[c], f.jobs(KeyFigures.JOB_CLASSES[c], null), KeyFigures.JOB_CLASSES[c]);
                }
            }
            yearRow("Total", f.jobs(null, null), Metrics.JOBS_DIRECT);
            out.append("</table>\n");
            header("Jobs by region, all classes (persons, mean [95% CI])", "Region");
            for (String r : f.regions()) {
                yearRow(labels.region(r), f.jobs(null, r), Metrics.JOBS_DIRECT);
            }
            out.append("</table>\n");
        }
        if (!f.dependenceCommodities().isEmpty()) {
            header("Import dependence (share of supply imported, mean [95% CI])", "Commodity");
            for (String c : f.dependenceCommodities()) {
                yearRow(labels.commodity(c), f.dependence(c), Metrics.IMPORT_DEPENDENCE);
            }
            out.append("</table>\n");
        }
        if (f.hasImportsYen()) {
            header("Value of imports, all commodities (JPY billion per year, mean [95% CI])", "");
            double[][] v = f.importsYen();
            for (double[] row : v) {
                for (int i = 0; i < row.length; i++) {
                    row[i] /= 1e9;
                }
            }
            yearRow("Imports", v, Metrics.IMPORTS_YEN);
            out.append("</table>\n");
        }
        out.append("</section>\n");
    }

    private void header(String caption, String first) {
        out.append("<table>\n<caption>").append(Html.esc(caption)).append("</caption>\n<tr><th>")
                .append(Html.esc(first)).append("</th>");
        for (int y : years) {
            out.append("<th>").append(y).append("</th>");
        }
        out.append("</tr>\n");
    }

    /** A row of annual values of {@code metric} (a sum of its classes or regions has the same range). */
    private void yearRow(String name, double[][] values, String metric) {
        Bounds bounds = Metrics.bounds(metric);
        boolean share = bounds == Bounds.SHARE;
        out.append("<tr><td>").append(Html.esc(name)).append("</td>");
        for (int y : years) {
            out.append("<td class=\"num\">").append(Html.esc(f.at(values, y, "", bounds).compact(share))).append("</td>");
        }
        out.append("</tr>\n");
    }

    private void provenance() {
        out.append("<section id=\"provenance\">\n<h2>Provenance</h2>\n");
        JsonNode m = results.manifest();
        if (!HtmlReport.isObject(m)) {
            out.append("<p>No manifest.json in this results directory.</p>\n</section>\n");
            return;
        }
        out.append("<p class=\"note\">Rerun with <code>kozan reproduce ")
                .append(Html.esc(results.dir().toAbsolutePath().normalize().getFileName()))
                .append("</code>; the scenario as run is in <code>scenario.yaml</code> next to this report.</p>\n");
        details(out, m);
        out.append("</section>\n");
    }

    /** The manifest as a table folded into a details element (open it to read versions, seeds and hashes). */
    static void details(StringBuilder out, JsonNode manifest) {
        out.append("<details>\n<summary>Everything manifest.json records (versions, seeds, times, file hashes)"
                + "</summary>\n<div class=\"wide\"><table>\n<tr><th>Field</th><th>Value</th></tr>\n");
        flatten(out, "", manifest);
        out.append("</table></div>\n</details>\n");
    }

    private static void flatten(StringBuilder out, String prefix, JsonNode n) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(out, prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue());
            }
        } else if (n.isArray() && n.size() > 0 && n.get(0).isContainerNode()) {
            for (int i = 0; i < n.size(); i++) {
                flatten(out, prefix + "[" + i + "]", n.get(i));
            }
        } else {
            String v = n.isValueNode() ? n.asText() : n.toString();
            out.append("<tr><td><code>").append(Html.esc(prefix)).append("</code></td><td class=\"mono\">")
                    .append(Html.esc(v)).append("</td></tr>\n");
        }
    }

    private void row(String a, String b) {
        out.append("<tr><td>").append(Html.esc(a)).append("</td><td>").append(Html.esc(b)).append("</td></tr>\n");
    }

    private String period() {
        List<String> p = results.annual().periods();
        return p.isEmpty() ? "" : p.get(0) + "–" + p.get(p.size() - 1);
    }
}
