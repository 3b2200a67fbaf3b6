package kozan.gui.compare;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import kozan.chart.ChartStyle;
import kozan.chart.Charts;
import kozan.chart.Palette;
import kozan.chart.Series;
import kozan.gui.ChartExport;
import kozan.gui.FitGrid;
import kozan.gui.compare.PairedTrack.Side;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * World prices as small multiples: one panel per commodity in its own unit (JPY (2025) per t, per t REO, ...),
 * policy and baseline, each shaded from its lowest to its highest replication. Prices of different
 * commodities differ by orders of magnitude, so one shared axis (or an index) would hide what each does. The
 * grid takes its scroll pane's width ({@link FitGrid}): as many columns as fit, scrolling only vertically.
 */
public final class PriceMultiples extends FitGrid {

    /** Narrowest panel while two or more columns are shown: its axis numbers and title stay legible. */
    public static final int MIN_PANEL_WIDTH = 240;

    private PairedTrack track;
    private final List<Quantity> prices;
    private final List<ChartPanel> panels = new ArrayList<>();

    private final boolean withBaseline;

    /** @param withBaseline false for a single run (its track holds the run on both sides): one line per panel */
    public PriceMultiples(PairedTrack track, boolean withBaseline) {
        super(MIN_PANEL_WIDTH, maxColumns(prices(track).size()));
        this.track = track;
        this.withBaseline = withBaseline;
        this.prices = prices(track);
        for (Quantity q : prices) {
            ChartPanel p = ChartExport.panel(chart(q));
            // drawn at the panel's own size (never scaled down, which shrinks the text): scroll instead
            p.setMinimumDrawWidth(60);
            p.setMinimumDrawHeight(60);
            panels.add(p);
            add(p);
        }
    }

    /** At most 2 columns for up to 4 commodities, 3 for up to 9, else 4: wide panels rather than many narrow ones. */
    private static int maxColumns(int n) {
        return n <= 4 ? 2 : n <= 9 ? 3 : 4;
    }

    private static List<Quantity> prices(PairedTrack track) {
        return track.quantities().stream().filter(q -> q.id().startsWith("price:")).toList();
    }

    /** This grid in a scroll pane (many commodities need more room than a window gives). */
    public javax.swing.JScrollPane scrollable() {
        return new javax.swing.JScrollPane(this, javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
    }

    public PairedTrack track() {
        return track;
    }

    /** Shows another track with the same quantities (a new run started; Swing thread). */
    public void setTrack(PairedTrack t) {
        this.track = t;
        refresh();
    }

    /** Redraws every panel (Swing thread). */
    public void refresh() {
        for (int i = 0; i < prices.size(); i++) {
            panels.get(i).setChart(chart(prices.get(i)));
        }
    }

    public List<ChartPanel> panels() {
        return List.copyOf(panels);
    }

    /** Axis numbers people read at a glance: 1.2M, 350k, 4,200. */
    static java.text.NumberFormat compact() {
        return new java.text.NumberFormat() {
            @Override
            public StringBuffer format(double v, StringBuffer b, java.text.FieldPosition p) {
                double a = Math.abs(v);
                String s = a >= 1e9 ? trim(v / 1e9) + "G" : a >= 1e6 ? trim(v / 1e6) + "M" : a >= 1e4 ? trim(v / 1e3) + "k"
                        : new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(v);
                return b.append(s);
            }

            @Override
            public StringBuffer format(long v, StringBuffer b, java.text.FieldPosition p) {
                return format((double) v, b, p);
            }

            @Override
            public Number parse(String s, java.text.ParsePosition p) {
                return null;
            }
        };
    }

    private static String trim(double v) {
        return new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(v);
    }

    /** One commodity's panel: policy (blue) and baseline (black), JPY per unit. */
    JFreeChart chart(Quantity q) {
        List<Series> s = withBaseline
                ? List.of(track.range(q.id(), Side.BASELINE, "Baseline", Palette.BLACK),
                        track.range(q.id(), Side.POLICY, "Policy", LiveCompareWindow.POLICY))
                : List.of(track.range(q.id(), Side.POLICY, "This run", Palette.commodity(q.id().substring(6))));
        JFreeChart c = Charts.lines(q.label().replace("World price: ", ""), null, null, q.unit(), track.x(), s,
                false, false);
        c.getTitle().setFont(c.getTitle().getFont().deriveFont(Font.BOLD, 12f));
        c.clearSubtitles();
        ChartStyle.roomForLastYear(c);
        if (withBaseline) {
            LiveCompareWindow.dashFirst(c);
        }
        var plot = c.getXYPlot();
        Font tick = plot.getRangeAxis().getTickLabelFont().deriveFont(10f);
        plot.getRangeAxis().setTickLabelFont(tick);
        plot.getRangeAxis().setLabelFont(tick);
        plot.getDomainAxis().setTickLabelFont(tick);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(compact());
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        return c;
    }
}
