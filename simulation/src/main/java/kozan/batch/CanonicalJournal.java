package kozan.batch;

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
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import kozan.io.InputException;

/**
 * Rewrites one or more journals (completion order, e.g. shards) into a single journal in canonical run order.
 * Only an index of three numbers per run is held in memory (about 16 bytes per run), never the records, so
 * a 10,000-run batch needs well under a megabyte here. A journal that does not fit the batch (a run missing,
 * twice, or outside it; a damaged line) is bad input ({@link InputException}) naming the file and line. Byte-identical input records give byte-identical
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
     * @return the code versions that wrote the records ({@link Journal#UNKNOWN_CODE} for unstamped ones)
     * @throws IOException naming the run and the files when a run is missing or present twice
     */
    static Set<String> write(List<Path> sources, Path target, int totalRuns, IntPredicate expected) throws IOException {
        Set<String> codes = new TreeSet<>();
        int[] file = new int[totalRuns];
        long[] offset = new long[totalRuns];
        int[] length = new int[totalRuns];
        Arrays.fill(file, -1);
        for (int f = 0; f < sources.size(); f++) {
            index(sources, f, file, offset, length, codes);
        }
        List<Integer> missing = new ArrayList<>();
        for (int run = 0; run < totalRuns; run++) {
            if (expected.test(run) && file[run] < 0) {
                missing.add(run);
            } else if (!expected.test(run) && file[run] >= 0) {
                throw new InputException(sources.get(file[run]) + ": run " + run + " does not belong to this batch part");
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(missing.size() + " run(s) missing, first: run " + missing.get(0)
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
        return codes;
    }

    private static void index(List<Path> sources, int f, int[] file, long[] offset, int[] length, Set<String> codes)
            throws IOException {
        Path src = sources.get(f);
        try (InputStream in = Files.newInputStream(src)) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(4096);
            byte[] buf = new byte[1 << 16];
            long pos = 0;
            long start = 0;
            int lineNo = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (buf[i] != '\n') {
                        continue;
                    }
                    line.write(buf, from, i - from);
                    from = i + 1;
                    lineNo++;
                    long end = pos + i;
                    int run = indexLine(src, lineNo, line.toString(StandardCharsets.UTF_8), sources, f, file, codes);
                    file[run] = f;
                    offset[run] = start;
                    length[run] = (int) (end - start);
                    line.reset();
                    start = end + 1;
                }
                line.write(buf, from, n - from);
                pos += n;
            }
            if (line.size() > 0) {
                throw new InputException(src + ": the last line is incomplete; resume the batch first");
            }
        }
    }

    private static int indexLine(Path src, int lineNo, String text, List<Path> sources, int f, int[] file,
                                 Set<String> codes) throws IOException {
        int run;
        try {
            run = RunRecord.runIndex(text, codes);
        } catch (IOException e) {
            throw new InputException(src + ":" + lineNo + ": " + e.getMessage());
        }
        if (run >= file.length) {
            throw new InputException(src + ":" + lineNo + ": run " + run + " is beyond this batch's " + file.length + " runs");
        }
        if (file[run] >= 0) {
            throw new InputException("run " + run + " is in both " + sources.get(file[run]) + " and " + src
                    + (file[run] == f ? " (twice)" : "; the parts overlap"));
        }
        return run;
    }
}
