package kozan.gui.panel;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.util.List;
import javax.swing.JComponent;

/** A small line chart without axes: each series over the months, scaled to their common range. */
final class Sparkline extends JComponent {

    private final List<double[]> series;
    private final List<Color> colors;

    Sparkline(List<double[]> series, List<Color> colors) {
        this.series = List.copyOf(series);
        this.colors = List.copyOf(colors);
        setPreferredSize(new Dimension(150, 28));
    }

    @Override
    protected void paintComponent(Graphics g0) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (double[] s : series) {
            n = Math.max(n, s.length);
            for (double v : s) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (n < 2 || lo > hi) {
            return;
        }
        if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
            lo -= 1;
            hi += 1;
        }
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int w = getWidth() - 4;
        int h = getHeight() - 4;
        for (int i = series.size() - 1; i >= 0; i--) { // the first series (the policy) on top
            double[] s = series.get(i);
            Path2D.Double p = new Path2D.Double();
            boolean pen = false;
            for (int t = 0; t < s.length; t++) {
                if (!Double.isFinite(s[t])) {
                    pen = false;
                    continue;
                }
                double x = 2 + w * t / (double) (n - 1);
                double y = 2 + h * (1 - (s[t] - lo) / (hi - lo));
                if (pen) {
                    p.lineTo(x, y);
                } else {
                    p.moveTo(x, y);
                    pen = true;
                }
            }
            g.setColor(colors.get(i));
            g.setStroke(new BasicStroke(1.6f));
            g.draw(p);
        }
        g.dispose();
    }
}
