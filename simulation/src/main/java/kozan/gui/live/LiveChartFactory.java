package kozan.gui.live;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Builds the empty JFreeChart 1.5 chart of a {@link LiveChart}. */
final class LiveChartFactory {

    private LiveChartFactory() {
    }

    static JFreeChart create(String title, String subtitle, String yLabel, LiveChart.Kind kind, boolean percent,
                             List<String> names, List<Color> colors) {
        XYPlot plot;
        NumberAxis x = new NumberAxis("Year");
        x.setAutoRangeIncludesZero(false);
        x.setNumberFormatOverride(new java.text.DecimalFormat("0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
        NumberAxis y = new NumberAxis(yLabel);
        if (percent) {
            y.setNumberFormatOverride(new java.text.DecimalFormat("0.#%", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
        }
        if (kind == LiveChart.Kind.STACKED) {
            DefaultTableXYDataset data = new DefaultTableXYDataset();
            StackedXYAreaRenderer2 r = new StackedXYAreaRenderer2();
            for (int i = 0; i < names.size(); i++) {
                data.addSeries(new XYSeries(names.get(i), true, false));
                r.setSeriesPaint(i, colors.get(i));
            }
            plot = new XYPlot(data, x, y, r);
        } else {
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            DeviationRenderer r = new DeviationRenderer(true, false);
            for (int i = 0; i < names.size(); i++) {
                data.addSeries(new YIntervalSeries(names.get(i), false, true));
                r.setSeriesPaint(i, colors.get(i));
                r.setSeriesStroke(i, new BasicStroke(2f));
            }
            plot = new XYPlot(data, x, y, r);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        if (subtitle != null) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(subtitle));
        }
        return chart;
    }
}
