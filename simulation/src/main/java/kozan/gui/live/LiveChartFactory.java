package kozan.gui.live;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import kozan.chart.ChartStyle;
import kozan.chart.Charts;
import kozan.chart.Series;
import org.jfree.chart.JFreeChart;

/**
 * Builds the empty chart of a {@link LiveChart} with the shared kozan.chart builders (same look as the report's
 * charts); points are appended later to the datasets those builders create.
 */
final class LiveChartFactory {

    private LiveChartFactory() {
    }

    static JFreeChart create(String title, String subtitle, String yLabel, LiveChart.Kind kind, boolean percent,
                             List<String> names, List<Color> colors) {
        double[] none = new double[0];
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            series.add(Series.of(names.get(i), colors.get(i), none));
        }
        JFreeChart chart = kind == LiveChart.Kind.STACKED
                ? Charts.stackedArea(title, subtitle, "Year", yLabel, none, series, false)
                : Charts.lines(title, subtitle, "Year", yLabel, none, series, percent, false);
        return ChartStyle.roomForLastYear(chart);
    }
}
