package kozan.chart;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks on rendered files shared by the chart and report tests. */
public final class ImageChecks {

    private ImageChecks() {
    }

    /** Decodes a PNG (fails if it does not decode) and checks its size. */
    public static BufferedImage png(Path file, int width, int height) throws IOException {
        BufferedImage img = ImageIO.read(file.toFile());
        assertThat(img).as("PNG decodes: %s", file).isNotNull();
        assertThat(img.getWidth()).isEqualTo(width);
        assertThat(img.getHeight()).isEqualTo(height);
        return img;
    }

    /** Distinct RGB colours in an image. */
    public static Set<Integer> colours(BufferedImage img) {
        int[] px = pixels(img);
        java.util.Arrays.sort(px);
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < px.length; i++) {
            if (i == 0 || px[i] != px[i - 1]) {
                out.add(px[i]);
            }
        }
        return out;
    }

    /** Pixels of exactly this colour. */
    public static int count(BufferedImage img, Color c) {
        int want = c.getRGB() & 0xFFFFFF;
        int n = 0;
        for (int p : pixels(img)) {
            if (p == want) {
                n++;
            }
        }
        return n;
    }

    private static int[] pixels(BufferedImage img) {
        int[] px = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        for (int i = 0; i < px.length; i++) {
            px[i] &= 0xFFFFFF;
        }
        return px;
    }

    /** Parses SVG text as XML without fetching its DTD (no network). */
    public static Document svg(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    public static Document svg(Path file) throws Exception {
        return svg(Files.readString(file));
    }

    /** How many {@code <text>} elements hold exactly this text (legend items, titles). */
    public static int texts(String svg, String text) {
        Matcher m = Pattern.compile("<text[^>]*>" + Pattern.quote(escapeXml(text)) + "</text>").matcher(svg);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Whether the SVG fills some shape with exactly this colour. */
    public static boolean fills(String svg, Color c) {
        return paints(svg, "fill", c);
    }

    /** Whether the SVG strokes some line with exactly this colour. */
    public static boolean strokes(String svg, Color c) {
        return paints(svg, "stroke", c);
    }

    /** Batik's SVG writer names the CSS basic colours (black, white, ...) and writes the rest as rgb(r,g,b). */
    private static boolean paints(String svg, String property, Color c) {
        String rgb = "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
        String name = BASIC_COLOUR_NAMES.get(c.getRGB() & 0xFFFFFF);
        return svg.contains(property + ":" + rgb) || svg.contains(property + ": " + rgb)
                || name != null && svg.contains(property + ":" + name + ";");
    }

    private static final java.util.Map<Integer, String> BASIC_COLOUR_NAMES = java.util.Map.ofEntries(
            java.util.Map.entry(0x000000, "black"), java.util.Map.entry(0xFFFFFF, "white"),
            java.util.Map.entry(0x808080, "gray"), java.util.Map.entry(0xC0C0C0, "silver"),
            java.util.Map.entry(0xFF0000, "red"), java.util.Map.entry(0x00FF00, "lime"),
            java.util.Map.entry(0x0000FF, "blue"), java.util.Map.entry(0xFFFF00, "yellow"),
            java.util.Map.entry(0x00FFFF, "aqua"), java.util.Map.entry(0xFF00FF, "fuchsia"),
            java.util.Map.entry(0x800000, "maroon"), java.util.Map.entry(0x008000, "green"),
            java.util.Map.entry(0x000080, "navy"), java.util.Map.entry(0x808000, "olive"),
            java.util.Map.entry(0x800080, "purple"), java.util.Map.entry(0x008080, "teal"));

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
