package kozan.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import kozan.io.InputException;
import kozan.io.VersionInfo;

/**
 * The append-only record of finished runs (runs.jsonl, one {@link RunRecord} per line) that makes a batch
 * resumable. Each record goes to the file in a single write, so a process killed at any moment (even kill -9)
 * leaves at most one torn last line, which {@link #recover} cuts off. Writes reach the OS at once (surviving a
 * killed process); fsync (surviving a power cut) runs at most once per second so fast runs are not throttled
 * by the disk, and on close.
 */
public final class Journal implements AutoCloseable {

    private static final long FSYNC_INTERVAL_NANOS = 1_000_000_000L;

    /** What {@link Contents#codes()} holds for records written before Kozan stamped them. */
    public static final String UNKNOWN_CODE = "unknown";

    private final FileChannel channel;
    private final String code;
    private long lastSync = System.nanoTime();
    private volatile boolean closed;

    private Journal(FileChannel channel, String code) {
        this.channel = channel;
        this.code = code;
    }

    /**
     * Opens for appending, creating the file if needed; every record is stamped with this build's code version.
     * Call {@link #recover} first on an existing journal.
     */
    public static Journal append(Path file) throws IOException {
        return append(file, VersionInfo.current().codeId());
    }

    /** As {@link #append(Path)}, stamping records with {@code codeId}. */
    public static Journal append(Path file, String codeId) throws IOException {
        return new Journal(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND), codeId);
    }

    /** Appends one record, stamped with the journal's code version; thread-safe. Dropped after {@link #close}. */
    public void write(RunRecord r) throws IOException {
        // Serialise outside the lock so worker threads only queue for the write itself.
        ByteBuffer buf = ByteBuffer.wrap((r.withCode(code).toJson() + "\n").getBytes(StandardCharsets.UTF_8));
        writeLine(buf);
    }

    private synchronized void writeLine(ByteBuffer buf) throws IOException {
        if (closed) {
            return;
        }
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        long now = System.nanoTime();
        if (now - lastSync >= FSYNC_INTERVAL_NANOS) {
            channel.force(false);
            lastSync = now;
        }
    }

    /**
     * Stops accepting records at once, without waiting for runs in flight: what an abrupt stop leaves behind.
     * Used by the executor when it is aborted.
     */
    void abandon() {
        closed = true;
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel.isOpen()) {
            if (!closed) {
                channel.force(false);
            }
            closed = true;
            channel.close();
        }
    }

    /**
     * What an existing journal holds.
     *
     * @param codes the code versions that wrote its records ({@link #UNKNOWN_CODE} for unstamped ones)
     */
    public record Contents(BitSet done, int records, int failed, Set<String> codes) {
    }

    /**
     * {@link #recover(Path)}, and then every record must belong to this batch part: run index below
     * {@code totalRuns} and accepted by {@code expected}. Checked before any run starts, so a foreign journal
     * is refused at once rather than after the remaining runs.
     *
     * @throws InputException naming the file, line and run when a record does not belong
     */
    public static Contents recover(Path file, int totalRuns, IntPredicate expected) throws IOException {
        Contents c = recover(file);
        if (c.records() == 0) {
            return c;
        }
        int[] lineNo = {0};
        forEach(file, r -> {
            lineNo[0]++;
            if (r.run() >= totalRuns || !expected.test(r.run())) {
                throw new InputException(file + ":" + lineNo[0] + ": run " + r.run() + " is not part of this batch"
                        + (r.run() >= totalRuns ? " (it has runs 0 to " + (totalRuns - 1) + ")" : " part (another shard)")
                        + "; the journal does not belong here: start over with --force");
            }
        });
        return c;
    }

    /**
     * Reads a journal left by an earlier (possibly killed) process: cuts off a torn or unreadable last line
     * and returns the runs already done. An unreadable line before the last one means the file was damaged
     * by something other than an interruption, and is an error.
     */
    public static Contents recover(Path file) throws IOException {
        BitSet done = new BitSet();
        int[] counts = new int[2];
        Set<String> codes = new TreeSet<>();
        if (!Files.exists(file)) {
            return new Contents(done, 0, 0, codes);
        }
        long good = 0;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long length = raf.length();
            long offset = 0;
            int lineNo = 0;
            BufferedReader in = new BufferedReader(new InputStreamReader(
                    Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16);
            try (in) {
                String line;
                while ((line = in.readLine()) != null) {
                    lineNo++;
                    long end = offset + line.getBytes(StandardCharsets.UTF_8).length + 1;
                    boolean terminated = end <= length;
                    RunRecord r = null;
                    if (terminated) {
                        try {
                            r = RunRecord.parse(line);
                        } catch (IOException e) {
                            r = null;
                        }
                    }
                    if (r == null) {
                        if (end < length) {
                            throw new InputException(file + ": line " + lineNo
                                    + " is damaged and is not the last line; the journal cannot be resumed");
                        }
                        break;
                    }
                    codes.add(r.code() == null ? UNKNOWN_CODE : r.code());
                    if (!done.get(r.run())) {
                        done.set(r.run());
                        counts[0]++;
                        if (!r.ok()) {
                            counts[1]++;
                        }
                    }
                    offset = end;
                    good = end;
                }
            }
            if (good < length) {
                raf.setLength(good);
            }
        }
        return new Contents(done, counts[0], counts[1], codes);
    }

    /** Calls {@code action} for every complete record in file order. */
    public static void forEach(Path file, IoConsumer<RunRecord> action) throws IOException {
        try (JournalReader in = new JournalReader(file, 0)) {
            for (RunRecord r = in.next(); r != null; r = in.next()) {
                action.accept(r);
            }
        }
    }

    /** A consumer that may throw IOException. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }
}
