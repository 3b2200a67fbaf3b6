package kozan.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Encodes a drawn chart as PNG: 8 bits a channel, RGB when every pixel is opaque (a chart's white background) else
 * RGBA, no interlacing, every row with the "Up" filter (the difference to the row above, which a chart's vertical
 * edges and flat areas turn into runs of zeros), and one zlib stream.
 *
 * <p>Why not ImageIO's PNG writer (through JFreeChart's ChartUtils): it tries all five filters on every row to
 * pick one, in Java, and buffers its output in a temporary file; at a cold start (docs/performance.md, "Cold
 * start") that took more than half of the charts' CPU. This writes the same pixels (any PNG reader decodes them to
 * the same image) in one pass, in memory; the files are about as large.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** PNG filter type 2: each byte minus the byte above it (PNG specification, section 9.2). */
    private static final int FILTER_UP = 2;
    private static final int COLOUR_RGB = 2;
    private static final int COLOUR_RGBA = 6;

    private PngEncoder() {
    }

    /** Writes {@code image} as a PNG file to {@code out} (not closed). */
    static void write(BufferedImage image, OutputStream out) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = pixels(image);
        boolean opaque = true;
        for (int p : argb) {
            if (p >>> 24 != 0xff) {
                opaque = false;
                break;
            }
        }
        int channels = opaque ? 3 : 4;

        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(8);                                   // bits per channel
        h.writeByte(opaque ? COLOUR_RGB : COLOUR_RGBA);
        h.writeByte(0);                                   // compression: deflate
        h.writeByte(0);                                   // filter method: adaptive (the five types)
        h.writeByte(0);                                   // no interlace

        ByteArrayOutputStream compressed = new ByteArrayOutputStream(width * height / 8);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            byte[] above = new byte[width * channels];    // the row above the first is zeros (PNG spec)
            byte[] row = new byte[width * channels];
            byte[] filtered = new byte[1 + width * channels];
            filtered[0] = FILTER_UP;
            for (int y = 0; y < height; y++) {
                int i = 0;
                for (int x = y * width, end = x + width; x < end; x++) {
                    int p = argb[x];
                    row[i++] = (byte) (p >>> 16);
                    row[i++] = (byte) (p >>> 8);
                    row[i++] = (byte) p;
                    if (!opaque) {
                        row[i++] = (byte) (p >>> 24);
                    }
                }
                for (int k = 0; k < row.length; k++) {
                    filtered[k + 1] = (byte) (row[k] - above[k]);
                }
                z.write(filtered);
                byte[] t = above;
                above = row;
                row = t;
            }
        } finally {
            deflater.end();
        }

        DataOutputStream o = new DataOutputStream(out);
        o.write(SIGNATURE);
        chunk(o, "IHDR", header.toByteArray());
        chunk(o, "IDAT", compressed.toByteArray());
        chunk(o, "IEND", new byte[0]);
        o.flush();
    }

    /** The image's pixels as non-premultiplied ARGB, row by row (the raster's own array when it is one). */
    private static int[] pixels(BufferedImage image) {
        if ((image.getType() == BufferedImage.TYPE_INT_ARGB || image.getType() == BufferedImage.TYPE_INT_RGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt ints
                && ints.getNumBanks() == 1 && ints.getOffset() == 0
                && image.getRaster().getWidth() * image.getRaster().getHeight() == ints.getData().length) {
            int[] data = ints.getData();
            if (image.getType() == BufferedImage.TYPE_INT_ARGB) {
                return data;
            }
            int[] opaque = new int[data.length];   // TYPE_INT_RGB leaves the top byte undefined
            for (int k = 0; k < data.length; k++) {
                opaque[k] = 0xff000000 | data[k];
            }
            return opaque;
        }
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** One chunk: length, type, data, CRC-32 of type and data (PNG specification, section 5.3). */
    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
