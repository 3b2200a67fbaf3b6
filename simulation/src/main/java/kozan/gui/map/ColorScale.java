package kozan.gui.map;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A sequential colour scale (ColorBrewer YlOrRd, colour-blind safe) from a low to a high value, with a
 * legend drawn in screen pixels.
 */
public final class ColorScale {

    private static final Color[] ANCHORS = {
        new Color(0xFFFFCC), new Color(0xFED976), new Color(0xFD8D3C), new Color(0xE31A1C), new Color(0x800026)};
    private static final DecimalFormatSymbols ROOT = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private final double low;
    private final double high;

    /** A scale over [low, high]; an empty range is widened so every value still gets a colour. */
    public ColorScale(double low, double high) {
        if (!(high > low)) {
            high = low + Math.max(Math.abs(low) * 0.1, 1.0);
        }
        this.low = low;
        this.high = high;
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    /** Colour of a value; values outside the range take the end colours. */
    public Color color(double value) {
        double t = (value - low) / (high - low);
        t = Math.max(0, Math.min(1, Double.isNaN(t) ? 0 : t));
        double pos = t * (ANCHORS.length - 1);
        int i = Math.min((int) pos, ANCHORS.length - 2);
        double f = pos - i;
        Color a = ANCHORS[i];
        Color b = ANCHORS[i + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    /** Draws a horizontal colour bar with its title and end labels; returns the height used, pixels. */
    public int drawLegend(Graphics2D g, int x, int y, String title) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        int barWidth = 180;
        int barHeight = 12;
        g.setColor(Color.BLACK);
        g.drawString(title, x, y + fm.getAscent());
        int barY = y + fm.getHeight() + 2;
        for (int i = 0; i < barWidth; i++) {
            g.setColor(color(low + (high - low) * i / (barWidth - 1.0)));
            g.fillRect(x + i, barY, 1, barHeight);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawRect(x, barY, barWidth, barHeight);
        String lo = label(low);
        String hi = label(high);
        int labelY = barY + barHeight + fm.getAscent() + 1;
        g.drawString(lo, x, labelY);
        g.drawString(hi, x + barWidth - fm.stringWidth(hi), labelY);
        return labelY + fm.getDescent() - y;
    }

    static String label(double v) {
        double a = Math.abs(v);
        String pattern = a >= 100 ? "#,##0" : a >= 10 ? "0.0" : "0.00";
        return new DecimalFormat(pattern, ROOT).format(v);
    }
}
