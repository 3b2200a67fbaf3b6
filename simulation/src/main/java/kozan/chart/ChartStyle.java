package kozan.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * One look for every Kozan chart: logical SansSerif fonts (present on any JRE with a font package, e.g. Debian's
 * fonts-dejavu-core), white background, light grid, legend at the bottom, locale-independent number formats.
 */
public final class ChartStyle {

    public static final String FONT = Font.SANS_SERIF;
    static final Font TITLE = new Font(FONT, Font.BOLD, 18);
    static final Font SUBTITLE = new Font(FONT, Font.PLAIN, 13);
    static final Font AXIS_LABEL = new Font(FONT, Font.PLAIN, 14);
    static final Font TICK = new Font(FONT, Font.PLAIN, 12);
    static final Font LEGEND = new Font(FONT, Font.PLAIN, 13);
    static final Color GRID = new Color(0xDDDDDD);
    static final BasicStroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private static final DecimalFormatSymbols ROOT = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private ChartStyle() {
    }

    /** "12,345.6" whatever the default locale. */
    public static NumberFormat numbers() {
        return new DecimalFormat("#,##0.###", ROOT);
    }

    /** Shares as "45%". */
    public static NumberFormat percent() {
        return new DecimalFormat("0.#%", ROOT);
    }

    /** Applies fonts, colours and the optional subtitle (what bands mean, sources) to a finished chart. */
    public static JFreeChart finish(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getTitle().setFont(TITLE);
        chart.getTitle().setPaint(Color.BLACK);
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(new Color(0x444444));
            sub.setPadding(new RectangleInsets(0, 4, 6, 4));
            chart.addSubtitle(sub);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        }
        style(chart.getPlot());
        return chart;
    }

    private static void style(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof CombinedDomainXYPlot combined) {
            style(combined.getDomainAxis());
            for (XYPlot sub : combined.getSubplots()) {
                style(sub);
            }
        } else if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            style(xy.getDomainAxis());
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                style(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(GRID);
            cat.getDomainAxis().setLabelFont(AXIS_LABEL);
            cat.getDomainAxis().setTickLabelFont(TICK);
            style(cat.getRangeAxis());
        }
    }

    private static void style(ValueAxis axis) {
        if (axis != null) {
            axis.setLabelFont(AXIS_LABEL);
            axis.setTickLabelFont(TICK);
            axis.setLabelPaint(Color.BLACK);
            axis.setTickLabelPaint(new Color(0x333333));
        }
    }

    /**
     * A number axis that never zooms into a constant series: JFreeChart's auto range around a flat line at 100% is
     * 100% +/- 1e-8, and every tick label reads "100%". The range is widened to at least 10 percentage points for
     * shares and 10% of the value otherwise (1 around 0), without crossing 0 or 100% when the data do not.
     */
    static final class SpanAxis extends NumberAxis {

        private static final long serialVersionUID = 1L;
        private final boolean percent;

        SpanAxis(String label, boolean percent) {
            super(label);
            this.percent = percent;
        }

        @Override
        protected void autoAdjustRange() {
            super.autoAdjustRange();
            org.jfree.data.Range r = getRange();
            double mid = r.getCentralValue();
            double min = percent ? 0.1 : mid != 0 ? Math.abs(mid) * 0.1 : 1.0;
            if (!isAutoRange() || r.getLength() >= min || !Double.isFinite(mid)) {
                return;
            }
            org.jfree.data.Range data = getPlot() instanceof org.jfree.chart.plot.ValueAxisPlot p
                    ? p.getDataRange(this) : null;
            double lo = mid - min / 2;
            double hi = mid + min / 2;
            if (data != null && data.getLowerBound() >= 0 && lo < 0) {
                hi -= lo;
                lo = 0;
            }
            if (percent && data != null && data.getUpperBound() <= 1 && hi > 1) {
                lo -= hi - 1;
                hi = 1;
            }
            setRange(new org.jfree.data.Range(lo, hi), false, false);
        }
    }

    /** Room right of the plot of a live chart, px: {@link #roomForLastYear}. */
    public static final double LAST_YEAR_ROOM = 16;

    /**
     * Room right of the plot for the half of the last year's tick label ("2028") that lies past the plot's edge:
     * a live chart's x axis ends on the latest month, often at a year's start, and the chart panel cut the label
     * off. The report's charts end mid-year or later with their upper margin and keep their look.
     */
    public static JFreeChart roomForLastYear(JFreeChart chart) {
        RectangleInsets p = chart.getPadding();
        chart.setPadding(new RectangleInsets(p.getTop(), p.getLeft(), p.getBottom(), LAST_YEAR_ROOM));
        return chart;
    }

    /** A calendar-year axis: whole years, no thousands separator ("2030", not "2,030"). */
    public static NumberAxis yearAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        NumberFormat f = new DecimalFormat("0", ROOT);
        TickUnits units = new TickUnits();
        for (int step : new int[]{1, 2, 5, 10, 20, 50}) {
            units.add(new NumberTickUnit(step, f, step == 1 ? 0 : step - 1));
        }
        axis.setStandardTickUnits(units);
        axis.setAutoRangeIncludesZero(false);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        return axis;
    }

    /** A value axis with locale-independent tick labels; {@code percent} shows shares as "45%". */
    public static NumberAxis valueAxis(String label, boolean percent) {
        NumberAxis axis = new SpanAxis(label, percent);
        axis.setNumberFormatOverride(percent ? percent() : numbers());
        axis.setAutoRangeIncludesZero(true);
        // More room around tick labels gives about 8 ticks instead of 20: readable, not cluttered.
        axis.setTickLabelInsets(new RectangleInsets(9, 4, 9, 4));
        return axis;
    }
}
