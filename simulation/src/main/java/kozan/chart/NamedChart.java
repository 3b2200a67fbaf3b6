package kozan.chart;

import org.jfree.chart.JFreeChart;

/**
 * A chart with the file name it is written under (without extension) and a one-line caption for reports.
 */
public record NamedChart(String name, String caption, JFreeChart chart) {
}
