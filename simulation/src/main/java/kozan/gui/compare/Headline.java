package kozan.gui.compare;

import java.util.ArrayList;
import java.util.List;
import kozan.gui.compare.PairedTrack.Estimate;
import kozan.gui.compare.PairedTrack.Side;
import kozan.gui.panel.Values;

/**
 * The headline numbers of a live comparison: the paired difference so far (policy minus baseline, mean over the
 * replications that reached the latest month, with its 95% interval once two have) for jobs (gross and net),
 * fiscal cost (cumulative) and import dependence per mineral (in percentage points; negative = less dependent;
 * its interval within +-100 points, {@link PairedTrack#at}).
 */
final class Headline {

    private Headline() {
    }

    /** One line per number, as "Gross jobs: +1,234 persons (95% CI +1,100 to +1,368, 3 pairs)". */
    static List<String> lines(PairedTrack t) {
        List<String> out = new ArrayList<>();
        int step = t.latestStep();
        if (step < 0) {
            out.add("No month simulated yet: press Play.");
            return out;
        }
        for (Quantity q : t.quantities()) {
            String label = switch (q.id().split(":")[0]) {
                case "gross" -> q.id().equals("gross") ? "Gross jobs (jobs from mining)" : null;
                case "net" -> q.id().equals("net") ? "Net jobs (all employment)" : null;
                case "fiscal" -> "Fiscal cost so far";
                case "dependence" -> q.label().replace("Import dependence: ", "Import dependence, ");
                default -> null;
            };
            if (label != null) {
                out.add(label + ": " + text(q, t.at(q.id(), Side.DIFFERENCE, step)));
            }
        }
        return out;
    }

    /**
     * The headline as an HTML table: one column per number, the difference in bold over its 95% interval, so a
     * planner reads each at a glance.
     */
    static String html(PairedTrack t, String policy, String baseline) {
        int step = t.latestStep();
        StringBuilder h = new StringBuilder("<html><b>Paired difference so far</b>: " + policy + " minus " + baseline
                + " (same random numbers)");
        if (step < 0) {
            return h.append(". Press Play.</html>").toString();
        }
        h.append(", ").append(t.start().plusMonths(step)).append(", mean of ")
                .append(t.at("gross", Side.DIFFERENCE, step).n()).append(" of ").append(t.replications())
                .append(" replications");
        List<Quantity> jobs = t.quantities().stream().filter(q -> List.of("gross", "net", "fiscal").contains(q.id()))
                .toList();
        List<Quantity> dependence = t.quantities().stream().filter(q -> q.id().startsWith("dependence:")).toList();
        h.append("<table cellpadding=1 cellspacing=0><tr><td valign=top>");
        table(h, t, step, jobs);
        h.append("</td><td valign=top style='padding-left:24px'>");
        dependence(h, t, step, dependence);
        return h.append("</td></tr></table></html>").toString();
    }

    /** One table: a column per quantity, its name, the difference in bold, the 95% interval under it. */
    private static void table(StringBuilder h, PairedTrack t, int step, List<Quantity> shown) {
        h.append("<table cellpadding=2 cellspacing=0><tr>");
        for (Quantity q : shown) {
            String name = switch (q.id()) {
                case "gross" -> "Gross jobs";
                case "net" -> "Net jobs";
                default -> "Fiscal cost so far";
            };
            h.append("<td nowrap style='padding-right:12px'><span style='color:#555555'>").append(name)
                    .append("</span></td>");
        }
        h.append("</tr><tr>");
        for (Quantity q : shown) {
            Estimate e = t.at(q.id(), Side.DIFFERENCE, step);
            h.append("<td nowrap style='padding-right:12px'><b style='font-size:115%'>").append(format(q, e.mean()))
                    .append("</b></td>");
        }
        h.append("</tr><tr>");
        for (Quantity q : shown) {
            Estimate e = t.at(q.id(), Side.DIFFERENCE, step);
            h.append("<td nowrap style='padding-right:12px'><span style='color:#555555;font-size:90%'>")
                    .append(!e.hasInterval() ? "95% CI after 2 replications"
                            : "95% CI " + format(q, e.low()) + " to " + format(q, e.high()))
                    .append("</span></td>");
        }
        h.append("</tr></table>");
    }

    /**
     * Import dependence per mineral: the minerals whose dependence changed (by at least 0.005 percentage points,
     * what the table prints as non-zero), largest change first, two to a row, each with its 95% interval; then
     * one line naming the minerals without a change (17 commodities would not fit in a row).
     */
    private static void dependence(StringBuilder h, PairedTrack t, int step, List<Quantity> shown) {
        List<Quantity> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Quantity q : shown) {
            double m = t.at(q.id(), Side.DIFFERENCE, step).mean();
            if (Double.isFinite(m) && Math.abs(100 * m) >= 0.005) {
                changed.add(q);
            } else {
                unchanged.add(q.label().replace("Import dependence: ", ""));
            }
        }
        changed.sort(java.util.Comparator.comparingDouble(
                (Quantity q) -> -Math.abs(nanToZero(t.at(q.id(), Side.DIFFERENCE, step).mean()))));
        h.append("<span style='color:#555555'>Import dependence, percentage points (95% CI), largest change first</span>")
                .append("<table cellpadding=1 cellspacing=0>");
        int cols = 2;
        for (int i = 0; i < changed.size(); i++) {
            Quantity q = changed.get(i);
            Estimate e = t.at(q.id(), Side.DIFFERENCE, step);
            h.append(i % cols == 0 ? "<tr>" : "");
            h.append("<td nowrap style='padding-right:14px'>").append(q.label().replace("Import dependence: ", ""))
                    .append(" <b>").append(format(q, e.mean())).append("</b>");
            if (e.hasInterval()) {
                h.append(" <span style='color:#555555;font-size:90%'>(").append(number(q, e.low()))
                        .append(" to ").append(number(q, e.high())).append(")</span>");
            }
            h.append("</td>").append(i % cols == cols - 1 || i == changed.size() - 1 ? "</tr>" : "");
        }
        if (!unchanged.isEmpty()) {
            h.append("<tr><td colspan=2 width=640><span style='color:#555555;font-size:90%'>No change: ")
                    .append(String.join(", ", unchanged)).append("</span></td></tr>");
        }
        h.append("</table>");
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /** A share difference in percentage points without the unit: "+7.01". */
    private static String number(Quantity q, double v) {
        return format(q, v).replace(" pp", "");
    }

    /** A difference with its interval, in the quantity's unit. */
    static String text(Quantity q, Estimate e) {
        String s = format(q, e.mean());
        if (e.hasInterval()) {
            s += " (95% CI " + format(q, e.low()) + " to " + format(q, e.high()) + ")";
        }
        return s + ", " + e.n() + (e.n() == 1 ? " pair" : " pairs");
    }

    /** A signed difference in its unit, as the panels and the differences table write it ({@link Values#signed}). */
    static String format(Quantity q, double v) {
        return Values.signed(q.kind(), v, true);
    }
}
