package kozan.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import kozan.io.InputException;

/**
 * Reads a journal's records one at a time, from its start or from the byte offset of a line, and tells the byte
 * offset of each record's line, so that a reader can come back to a record without keeping it: the batch tables
 * read the baseline's replications again for every design point instead of holding them (docs/batch.md, "Heap
 * against the number of runs"). Lines end with {@code \n}; the last one may lack it. Text is strict UTF-8, as
 * {@link java.nio.file.Files#newBufferedReader} reads it.
 */
final class JournalReader implements Closeable {

    private final Path file;
    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[4096];
    /** Byte offset in the file of buf[0]. */
    private long bufStart;
    private long lineStart;
    /** Line number of the last record read, counted from the start of the file only when reading from offset 0. */
    private int lineNo;

    /**
     * @param from byte offset of a line's first byte (0: the start; {@link #offset()} of a record read before)
     */
    JournalReader(Path file, long from) throws IOException {
        this.file = file;
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        ch.position(from);
        this.in = Channels.newInputStream(ch);
        this.bufStart = from;
    }

    /** The next record, or null at the end of the file. */
    RunRecord next() throws IOException {
        long start = bufStart + pos;
        int len = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                bufStart += limit;
                pos = 0;
                limit = Math.max(in.read(buf), 0);
                if (limit == 0) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int from = pos;
            while (pos < limit && buf[pos] != '\n') {
                pos++;
            }
            len = append(from, pos - from, len);
            if (pos < limit) {
                pos++; // the '\n'
                break;
            }
        }
        lineStart = start;
        lineNo++;
        String text;
        try {
            text = utf8.decode(ByteBuffer.wrap(line, 0, len)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(where() + ": not UTF-8 (the journal is damaged)");
        }
        try {
            return RunRecord.parse(text);
        } catch (InputException e) {
            throw e;
        } catch (IOException e) {
            throw new InputException(where() + ": " + e.getMessage() + " (the journal is damaged)");
        }
    }

    /** The byte offset of the line of the record {@link #next()} returned last. */
    long offset() {
        return lineStart;
    }

    private String where() {
        return file + ":" + lineNo;
    }

    private int append(int from, int n, int len) {
        if (len + n > line.length) {
            line = Arrays.copyOf(line, Math.max(len + n, line.length * 2));
        }
        System.arraycopy(buf, from, line, len, n);
        return len + n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
