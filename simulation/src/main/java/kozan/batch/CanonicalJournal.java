package kozan.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Rewrites one or more journals (completion order, e.g. shards) into a single journal in canonical run order.
 * Only an index of three numbers per run is held in memory (about 16 bytes per run), never the records, so
 * a 10,000-run batch needs well under a megabyte here. Byte-identical input records give byte-identical
 * output whatever order, thread count, interruption or sharding produced them.
 */
final class CanonicalJournal {

    private CanonicalJournal() {
    }

    /**
     * @param sources   journals to combine (each must hold complete lines)
     * @param target    the canonical journal to write (replaced atomically)
     * @param totalRuns runs in the whole batch
     * @param expected  which run indices must be present (e.g. this shard's)
     * @throws IOException naming the run and the files when a run is missing or present twice
     */
    static void write(List<Path> sources, Path target, int totalRuns, IntPredicate expected) throws IOException {
        int[] file = new int[totalRuns];
        long[] offset = new long[totalRuns];
        int[] length = new int[totalRuns];
        Arrays.fill(file, -1);
        for (int f = 0; f < sources.size(); f++) {
            index(sources, f, file, offset, length);
        }
        List<Integer> missing = new ArrayList<>();
        for (int run = 0; run < totalRuns; run++) {
            if (expected.test(run) && file[run] < 0) {
                missing.add(run);
            } else if (!expected.test(run) && file[run] >= 0) {
                throw new IOException(sources.get(file[run]) + ": run " + run + " does not belong to this batch part");
            }
        }
        if (!missing.isEmpty()) {
            throw new IOException(missing.size() + " run(s) missing, first: run " + missing.get(0)
                    + " (design point and replication follow from the run index); finish them with --resume");
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        List<RandomAccessFile> in = new ArrayList<>();
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            for (Path s : sources) {
                in.add(new RandomAccessFile(s.toFile(), "r"));
            }
            byte[] buf = new byte[4096];
            for (int run = 0; run < totalRuns; run++) {
                if (file[run] < 0) {
                    continue;
                }
                if (buf.length < length[run]) {
                    buf = new byte[Math.max(length[run], buf.length * 2)];
                }
                RandomAccessFile raf = in.get(file[run]);
                raf.seek(offset[run]);
                raf.readFully(buf, 0, length[run]);
                out.write(buf, 0, length[run]);
                out.write('\n');
            }
        } finally {
            for (RandomAccessFile r : in) {
                r.close();
            }
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void index(List<Path> sources, int f, int[] file, long[] offset, int[] length) throws IOException {
        Path src = sources.get(f);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(src), 1 << 16)) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(256);
            long pos = 0;
            long start = 0;
            int lineNo = 0;
            int b;
            while ((b = in.read()) >= 0) {
                pos++;
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                lineNo++;
                RunRecord r;
                try {
                    r = RunRecord.parse(line.toString(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IOException(src + ":" + lineNo + ": " + e.getMessage(), e);
                }
                if (r.run() >= file.length) {
                    throw new IOException(src + ":" + lineNo + ": run " + r.run() + " is beyond this batch's "
                            + file.length + " runs");
                }
                if (file[r.run()] >= 0) {
                    throw new IOException("run " + r.run() + " (design point " + r.point() + ", replication "
                            + r.replication() + ") is in both " + sources.get(file[r.run()]) + " and " + src
                            + (file[r.run()] == f ? " (twice)" : "; the parts overlap"));
                }
                file[r.run()] = f;
                offset[r.run()] = start;
                length[r.run()] = line.size();
                line.reset();
                start = pos;
            }
            if (line.size() > 0) {
                throw new IOException(src + ": the last line is incomplete; resume the batch first");
            }
        }
    }
}
