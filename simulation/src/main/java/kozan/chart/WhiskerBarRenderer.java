package kozan.chart;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Vertical bars of means with a whisker from each bar's own lower to upper interval limit. JFreeChart's
 * StatisticalBarRenderer draws mean +- one half width only, but Kozan's intervals need not be symmetric: a
 * non-negative quantity's is on the log scale and a change in a share is clamped to +-100 points
 * ({@link kozan.stats.Bounds}), so a symmetric whisker would cross the very bound the interval respects.
 */
final class WhiskerBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;

    /** [row = series][column = category]; NaN where a bar has no interval. */
    private final double[][] low;
    private final double[][] high;

    WhiskerBarRenderer(double[][] low, double[][] high) {
        this.low = low;
        this.high = high;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        double lo = low[row][column];
        double hi = high[row][column];
        if (pass != 0 || !Double.isFinite(lo) || !Double.isFinite(hi) || lo == hi) {
            return;
        }
        double w0 = calculateBarW0(plot, PlotOrientation.VERTICAL, dataArea, domainAxis, state, row, column);
        double width = state.getBarWidth();
        double x = w0 + width / 2;
        RectangleEdge edge = plot.getRangeAxisEdge();
        double yLo = rangeAxis.valueToJava2D(lo, dataArea, edge);
        double yHi = rangeAxis.valueToJava2D(hi, dataArea, edge);
        double cap = width / 4;
        g2.setPaint(Color.BLACK);
        g2.setStroke(new BasicStroke(1.0f));
        g2.draw(new Line2D.Double(x, yLo, x, yHi));
        g2.draw(new Line2D.Double(x - cap, yLo, x + cap, yLo));
        g2.draw(new Line2D.Double(x - cap, yHi, x + cap, yHi));
    }

    /** The value axis reaches the whiskers' ends, not only the bars'. */
    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
        Range bars = super.findRangeBounds(dataset);
        double min = bars == null ? Double.NaN : bars.getLowerBound();
        double max = bars == null ? Double.NaN : bars.getUpperBound();
        for (int r = 0; r < low.length; r++) {
            for (int c = 0; c < low[r].length; c++) {
                if (Double.isFinite(low[r][c]) && Double.isFinite(high[r][c])) {
                    min = Double.isNaN(min) ? low[r][c] : Math.min(min, low[r][c]);
                    max = Double.isNaN(max) ? high[r][c] : Math.max(max, high[r][c]);
                }
            }
        }
        return Double.isNaN(min) ? bars : new Range(min, max);
    }
}
