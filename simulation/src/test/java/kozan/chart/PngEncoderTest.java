package kozan.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * PngEncoder writes the pixels it is given: a PNG reader (ImageIO's) decodes its file to the same ARGB values as the
 * source image, and to the same as ImageIO's own PNG of the same chart (what ChartUtils wrote before).
 */
class PngEncoderTest {

    private static BufferedImage decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("decodes as PNG").isNotNull();
        return image;
    }

    private static byte[] encode(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(image, out);
        return out.toByteArray();
    }

    private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertThat(Integer.toHexString(actual.getRGB(x, y))).as("pixel %d,%d", x, y)
                        .isEqualTo(Integer.toHexString(expected.getRGB(x, y)));
            }
        }
    }

    @Test
    void aChartDecodesToTheSamePixelsAsImageIosPngOfIt() throws Exception {
        JFreeChart chart = new ResultCharts(Fixtures.baseline()).jobsByClass();
        BufferedImage drawn = chart.createBufferedImage(320, 200, null);
        ByteArrayOutputStream imageIo = new ByteArrayOutputStream();
        ChartUtils.writeBufferedImageAsPNG(imageIo, drawn);
        byte[] own = encode(drawn);
        assertSamePixels(decode(own), decode(imageIo.toByteArray()));
        assertThat(own[25]).as("IHDR colour type: RGB, every pixel of a chart is opaque").isEqualTo((byte) 2);
    }

    @Test
    void translucentPixelsKeepTheirAlphaAndRowsDifferFromTheRowAbove() throws Exception {
        // 3 x 3, ARGB: a translucent pixel forces RGBA (colour type 6); the rows differ, so the Up filter's
        // differences are not all zero (row 1 minus row 0 = 0x80 - 0x10 in red, etc.)
        BufferedImage image = new BufferedImage(3, 3, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = {0xff102030, 0x80ffffff, 0x00000000,
                0xff806040, 0xff102030, 0x7f010203,
                0xffffffff, 0xff000000, 0xfffefdfc};
        image.setRGB(0, 0, 3, 3, pixels, 0, 3);
        byte[] png = encode(image);
        assertThat(png[25]).as("IHDR colour type RGBA").isEqualTo((byte) 6);
        assertSamePixels(decode(png), image);

        BufferedImage rgb = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);   // top byte undefined: opaque
        Graphics2D g = rgb.createGraphics();
        g.setColor(new Color(0x336699));
        g.fillRect(0, 0, 2, 2);
        g.dispose();
        byte[] opaque = encode(rgb);
        assertThat(opaque[25]).isEqualTo((byte) 2);
        assertSamePixels(decode(opaque), rgb);
    }
}
