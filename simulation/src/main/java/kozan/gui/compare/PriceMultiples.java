package kozan.gui.compare;

import java.awt.Font;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import kozan.chart.Charts;
import kozan.chart.Palette;
import kozan.chart.Series;
import kozan.gui.ChartExport;
import kozan.gui.compare.PairedTrack.Side;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * World prices as small multiples: one panel per commodity in its own unit (JPY (2025) per t, per t REO, ...),
 * policy and baseline with their 95% bands once two replications reached a month. Prices of different
 * commodities differ by orders of magnitude, so one shared axis (or an index) would hide what each does.
 */
public final class PriceMultiples extends JPanel {

    private PairedTrack track;
    private final List<Quantity> prices;
    private final List<ChartPanel> panels = new ArrayList<>();

    private final boolean withBaseline;

    /** @param withBaseline false for a single run (its track holds the run on both sides): one line per panel */
    public PriceMultiples(PairedTrack track, boolean withBaseline) {
        this.track = track;
        this.withBaseline = withBaseline;
        this.prices = track.quantities().stream().filter(q -> q.id().startsWith("price:")).toList();
        int cols = prices.size() <= 4 ? 2 : prices.size() <= 9 ? 3 : 4;
        setLayout(new GridLayout(0, cols, 2, 2));
        for (Quantity q : prices) {
            ChartPanel p = ChartExport.panel(chart(q));
            p.setMinimumDrawWidth(200);
            p.setMinimumDrawHeight(150);
            panels.add(p);
            add(p);
        }
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

    /** One commodity's panel: policy (blue) and baseline (black), JPY per unit. */
    JFreeChart chart(Quantity q) {
        List<Series> s = withBaseline
                ? List.of(track.series(q.id(), Side.POLICY, "Policy", LiveCompareWindow.POLICY),
                        track.series(q.id(), Side.BASELINE, "Baseline", Palette.BLACK))
                : List.of(track.series(q.id(), Side.POLICY, "This run", Palette.commodity(q.id().substring(6))));
        JFreeChart c = Charts.lines(q.label().replace("World price: ", ""), null, null, q.unit(), track.x(), s,
                false, false);
        c.getTitle().setFont(c.getTitle().getFont().deriveFont(Font.BOLD, 12f));
        c.clearSubtitles();
        var plot = c.getXYPlot();
        Font tick = plot.getRangeAxis().getTickLabelFont().deriveFont(10f);
        plot.getRangeAxis().setTickLabelFont(tick);
        plot.getRangeAxis().setLabelFont(tick);
        plot.getDomainAxis().setTickLabelFont(tick);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        return c;
    }
}
