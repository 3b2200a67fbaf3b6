package kozan.scenario;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's {@link StreamReader} over text already in memory, linear in its length. The stock reader keeps a
 * window of code points that it copies, whole, every 1,024 characters it reads ahead; while the scanner looks
 * ahead through one long run of characters (a 1 MB quoted value on one line), the window is that whole run, so
 * reading it cost time quadratic in its length and hundreds of MB. Here the code points are decoded once, and
 * every {@link Mark} shares that one array (marks only read it for the snippet of an error message).
 *
 * <p>Same behaviour as the stock reader: the position rules of {@code forward} (a line ends at LF, CR not followed
 * by LF, NEL, LS, PS; a byte-order mark takes no column), NUL past the end, and the printable-character check, done
 * in blocks of 1,024 code points as the scanner reaches them so an error earlier in the file is still found first.
 * The marks carry the file name, so problems found after files are merged still name the file of their value.
 * A mark is made once per position (marks are immutable; the scanner asks for one several times per token), and text
 * without surrogate pairs is cut from the string itself rather than rebuilt from code points.
 */
final class TextReader extends StreamReader {

    private static final int CHECK_BLOCK = 1024;

    private final String file;
    private final int[] text;
    /** What the marks show in an error's snippet: the text, or the original of a skeleton (FlowLines). */
    private final int[] shown;
    /** The text itself when every character is one code point (no surrogate pairs), else null. */
    private final String bmp;
    /**
     * Where a skeleton had text cut out (FlowLines): ascending positions in {@link #text} after which
     * {@link #holeLength} characters of the shown text are missing; marks count them, the scanner does not.
     */
    private final int[] holeAt;
    private final int[] holeLength;
    private int hole;
    /** Characters cut out before the pointer, and before the start of its line. */
    private int shift;
    private int lineShift;
    /** The last mark made, reused while the position has not moved (the scanner asks several times per token). */
    private Mark mark;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;
    /** Code points below this index have passed the printable check. */
    private int checked;

    TextReader(String text, String file) {
        this(text.codePoints().toArray(), text, file, null, new int[0], new int[0]);
    }

    /**
     * Reads a skeleton ({@code points}, the code points of {@code text}) from which text was cut: after position
     * {@code holeAt[i]} of the skeleton, {@code holeLength[i]} code points of {@code shown} are missing. The marks
     * give positions (index, column) in {@code shown}, as if the cut text were there; {@code shown} null: the text
     * read, nothing cut.
     */
    TextReader(int[] points, String text, String file, int[] shown, int[] holeAt, int[] holeLength) {
        super("");
        this.file = file;
        this.text = points;
        this.bmp = points.length == text.length() ? text : null;
        this.shown = shown != null ? shown : points;
        this.holeAt = holeAt;
        this.holeLength = holeLength;
    }

    /** Counts the holes the pointer has passed. */
    private void passHoles() {
        while (hole < holeAt.length && holeAt[hole] < pointer) {
            shift += holeLength[hole++];
        }
    }

    /** Runs the printable check up to position {@code end} (exclusive), in blocks as the stock reader does. */
    private void check(int end) {
        while (checked < end && checked < text.length) {
            int stop = Math.min(text.length, checked + CHECK_BLOCK);
            for (int i = checked; i < stop; i++) {
                if (!isPrintable(text[i])) {
                    throw new ReaderException(file, i, text[i], "special characters are not allowed");
                }
            }
            checked = stop;
        }
    }

    private boolean has(int offset) {
        int at = pointer + offset;
        check(at + 1);
        return at < text.length;
    }

    @Override
    public Mark getMark() {
        if (mark == null || mark.getIndex() != index + shift) {
            mark = new Mark(file, index + shift, line, column + shift - lineShift, shown, pointer + shift);
        }
        return mark;
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int length) {
        for (int i = 0; i < length && has(0); i++) {
            int c = text[pointer++];
            index++;
            documentIndex++;
            passHoles();
            if (Constant.LINEBR.has(c) || c == '\r' && has(0) && text[pointer] != '\n') {
                line++;
                column = 0;
                lineShift = shift;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return peek(0);
    }

    @Override
    public int peek(int offset) {
        return has(offset) ? text[pointer + offset] : 0;
    }

    @Override
    public String prefix(int length) {
        if (length == 0) {
            return "";
        }
        has(length - 1);
        int end = pointer + Math.min(length, text.length - pointer);
        // a substring copies the string's bytes; a string from code points has to compress each one
        return bmp != null ? bmp.substring(pointer, end) : new String(text, pointer, end - pointer);
    }

    @Override
    public String prefixForward(int length) {
        String s = prefix(length);
        pointer += length;
        index += length;
        documentIndex += length;
        column += length;
        passHoles();
        return s;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }
}
