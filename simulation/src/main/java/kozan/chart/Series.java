package kozan.chart;

import java.awt.Color;

/**
 * One plotted series: its legend name, colour and values on the chart's x axis; {@code low}/{@code high} are an
 * optional interval around {@code y} (null when the series has none).
 */
public record Series(String name, Color color, double[] y, double[] low, double[] high) {

    public static Series of(String name, Color color, double[] y) {
        return new Series(name, color, y, null, null);
    }

    public boolean hasInterval() {
        return low != null && high != null;
    }

    public Series scaled(Scale s) {
        return new Series(name, color, s.apply(y), low == null ? null : s.apply(low), high == null ? null : s.apply(high));
    }
}
