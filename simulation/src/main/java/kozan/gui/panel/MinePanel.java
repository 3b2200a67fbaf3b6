package kozan.gui.panel;

import java.awt.Component;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.WindowConstants;
import kozan.chart.Labels;
import kozan.chart.PlaceNames;
import kozan.gui.GuiFormat;
import kozan.model.mining.Mine;
import kozan.scenario.MineSpec;
import kozan.scenario.Scenario;
import kozan.scenario.Stage;

/**
 * A mine at a glance: where it is, its stage history (the month it entered each stage), this month's output
 * and its workforce, from the mine's read-only accessors. The model does not keep the NPV of its last
 * decision, so the panel says so rather than recomputing one under other assumptions.
 */
public final class MinePanel {

    private MinePanel() {
    }

    static String name(Mine m) {
        return m.spec().name() == null || m.spec().name().isBlank() ? m.id() : m.spec().name();
    }

    /** Order in a region's list: producing mines first, then down the pipeline, closed and abandoned last. */
    static int order(Stage s) {
        List<String> first = List.of("PRODUCTION", "CONSTRUCTION", "PERMITTING", "FEASIBILITY", "EXPLORATION");
        int i = first.indexOf(s.name());
        return i >= 0 ? i : first.size() + s.ordinal();
    }

    /** The month the mine entered its current stage ("before 2025-01" for a starting stage). */
    static String since(Scenario scenario, Mine m) {
        int e = m.stageEntryStep(m.stage());
        YearMonth start = scenario.calendar().start();
        return e == Integer.MIN_VALUE || e < 0 ? "the start" : start.plusMonths(e).toString();
    }

    public static JFrame open(Component parent, Scenario scenario, Mine m) {
        JFrame f = new JFrame("Mine: " + name(m));
        f.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JEditorPane text = new JEditorPane("text/html", html(scenario, m));
        text.setEditable(false);
        f.setContentPane(new JScrollPane(text));
        f.setSize(520, 460);
        f.setLocationRelativeTo(parent);
        f.setVisible(true);
        return f;
    }

    /** The panel's text (HTML). */
    static String html(Scenario scenario, Mine m) {
        MineSpec s = m.spec();
        YearMonth start = scenario.calendar().start();
        String region = scenario.regions().stream().filter(r -> r.id().equals(s.region())).findFirst()
                .map(r -> PlaceNames.region(r.id(), r.name())).orElse(s.region());
        StringBuilder b = new StringBuilder("<html><body style='font-family:sans-serif;font-size:12pt'>");
        b.append("<h2>").append(name(m)).append("</h2>");
        b.append("<p>").append(Labels.pretty(s.commodity())).append(" &middot; ").append(region)
                .append(" &middot; capacity ").append(GuiFormat.whole(s.capacityTOrePerYear())).append(" t ore/yr</p>");
        b.append("<h3>Stage history</h3><table>");
        record Entry(Stage stage, int step) {
        }
        List<Entry> entries = new ArrayList<>();
        for (Stage st : Stage.values()) {
            int e = m.stageEntryStep(st);
            if (e != Integer.MIN_VALUE) {
                entries.add(new Entry(st, e));
            }
        }
        entries.sort(Comparator.comparingInt(Entry::step));
        for (Entry e : entries) {
            String when = e.step() < 0 ? "before " + start : start.plusMonths(e.step()).toString();
            b.append("<tr><td>").append(Labels.pretty(e.stage().name())).append("</td><td>").append(when)
                    .append(e.stage() == m.stage() ? " (now)" : "").append("</td></tr>");
        }
        b.append("</table>");
        b.append("<h3>This month</h3><table>");
        b.append("<tr><td>Stage</td><td>").append(Labels.pretty(m.stage().name())).append(", ")
                .append(m.monthsInStage()).append(" months</td></tr>");
        b.append("<tr><td>Output</td><td>").append(GuiFormat.whole(m.productT())).append(" t product</td></tr>");
        b.append("<tr><td>Workers</td><td>").append(GuiFormat.persons(m.staffing().workforce())).append("</td></tr>");
        b.append("<tr><td>Ore left</td><td>").append(GuiFormat.whole(m.remainingOreT())).append(" t</td></tr>");
        b.append("<tr><td>NPV at last decision</td><td>").append(npvText(m, start)).append("</td></tr>");
        b.append("</table></body></html>");
        return b.toString();
    }

    /** "JPY -12.3 bn (2031-04, development decision)", or why there is none. */
    static String npvText(Mine m, YearMonth start) {
        if (Double.isNaN(m.lastDecisionNpvYen())) {
            return "no development decision yet";
        }
        return GuiFormat.yenBillions(m.lastDecisionNpvYen()) + " (" + start.plusMonths(m.lastDecisionStep())
                + ", development decision" + (m.lastDecisionNpvYen() < 0 && m.stage() != Stage.ABANDONED
                ? "; went ahead under loss cover" : "") + ")";
    }
}
