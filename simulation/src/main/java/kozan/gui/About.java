package kozan.gui;

import java.nio.file.Path;
import kozan.scenario.Scenario;

/** The HTML of the Console's About tab: what Kozan models and what the open scenario says. */
final class About {

    private About() {
    }

    static String html(Scenario s, Path file) {
        StringBuilder b = new StringBuilder();
        b.append("<html><body style='font-family:sans-serif; margin:8px'>")
                .append("<h2>Kozan: domestic mining development in Japan</h2>")
                .append("<p>An agent-based economic model (MASON). Each step is one month. World markets set prices; ")
                .append("the government applies its levers; mines move through the stages prospect, exploration, ")
                .append("feasibility, permitting, construction, production, closure; suppliers and manufacturers buy and ")
                .append("sell; regional labour markets match workers to jobs. Outputs: direct, indirect and induced jobs by ")
                .append("region, and import dependence per mineral.</p>")
                .append("<p><b>Using the planner.</b> Press Play to run. The Model tab shows the government levers ")
                .append("(edit them, then Stop and Play: they apply from the next run) and headline numbers of the latest ")
                .append("month. Click a mine or a region on the map to inspect it. File &gt; Open Scenario loads another ")
                .append("scenario; File &gt; Compare Results overlays finished runs.</p>");
        if (s != null) {
            b.append("<h3>Scenario: ").append(escape(s.metadata().title() != null ? s.metadata().title()
                    : s.metadata().name())).append("</h3>");
            if (s.metadata().description() != null) {
                b.append("<p>").append(escape(s.metadata().description())).append("</p>");
            }
            b.append("<table>")
                    .append(row("File", file == null ? "(in memory)" : file.toString()))
                    .append(row("Name", s.metadata().name()))
                    .append(row("Start, horizon", s.calendar().start() + ", " + s.calendar().horizonYears() + " years ("
                            + s.steps() + " monthly steps)"))
                    .append(row("Mode", s.mode().name()))
                    .append(row("Base seed, replications", s.run().seed() + ", " + s.run().replications()))
                    .append(row("Regions", String.valueOf(s.regions().size())))
                    .append(row("Commodities", String.join(", ", s.commodities().stream().map(c -> c.id()).toList())))
                    .append(row("Mines and prospects at start", String.valueOf(s.mines().size())))
                    .append(row("Sources", String.join(", ", s.metadata().sources())))
                    .append("</table>")
                    .append("<p>The Console's seed is the replication's master seed: the planner starts with ")
                    .append("replication 0 of the scenario, so its numbers equal the first replication of ")
                    .append("<code>kozan run</code>.</p>");
        }
        b.append("<p style='font-size:smaller'>Map boundaries: Global Map Japan (地球地図日本), Geospatial Information ")
                .append("Authority of Japan; via dataofjapan/land.</p></body></html>");
        return b.toString();
    }

    private static String row(String k, String v) {
        return "<tr><td><b>" + escape(k) + "</b></td><td>" + escape(v) + "</td></tr>";
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
