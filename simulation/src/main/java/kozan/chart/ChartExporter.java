package kozan.chart;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes charts as PNG (ChartUtils) and SVG (JFreeSVG). Works headless: neither needs a display. */
public final class ChartExporter {

    public static final int WIDTH = 960;
    public static final int HEIGHT = 560;

    private ChartExporter() {
    }

    public static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        }
    }

    public static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
        Files.writeString(file, svgDocument(chart, width, height), StandardCharsets.UTF_8);
    }

    /** A standalone SVG document (XML declaration and DOCTYPE included). */
    public static String svgDocument(JFreeChart chart, int width, int height) {
        return draw(chart, width, height, "kozan").getSVGDocument();
    }

    /**
     * An {@code <svg>} element to embed in HTML. {@code idPrefix} keeps the ids of clip paths and gradients unique
     * when several charts share one page (otherwise the second chart would clip with the first chart's paths).
     */
    public static String svgElement(JFreeChart chart, int width, int height, String idPrefix) {
        return draw(chart, width, height, idPrefix).getSVGElement(idPrefix + "-svg", true,
                new org.jfree.svg.ViewBox(0, 0, width, height), null, null);
    }

    private static SVGGraphics2D draw(JFreeChart chart, int width, int height, String idPrefix) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(idPrefix);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2;
    }
}
