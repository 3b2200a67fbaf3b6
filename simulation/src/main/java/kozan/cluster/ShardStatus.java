package kozan.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kozan.batch.BatchJob;
import kozan.batch.BatchState;
import kozan.batch.RunRecord;
import kozan.io.InputException;
import kozan.io.InputFile;

/**
 * The progress of every shard of a Slurm submission ({@code kozan batch status DIR}, {@code kozan sensitivity status
 * DIR}), read from the shard folders alone (a study's shards are batch folders too): a finished shard has its
 * manifest.json, a running or interrupted one its journal in {@code shard.partial/runs.jsonl} (complete lines only,
 * so a line being written is not counted). Reads, never writes: safe while the tasks run.
 */
public final class ShardStatus {

    private static final Pattern ARRAY = Pattern.compile("(?m)^#SBATCH --array=1-(\\d+)$");

    /** One shard: runs of its part, done so far, failed so far, its state and the exit code its task recorded. */
    public record Row(int index, int count, int runs, int done, int failed, String state, String exit) {
    }

    /** Number of shards of the submission in {@code l}, from its array script. */
    public static int shardCount(SlurmLayout l) throws IOException {
        if (!Files.isRegularFile(l.arrayScript())) {
            throw new InputException(l.dir() + " is not a Kozan Slurm folder (no " + l.arrayScript() + ")");
        }
        Matcher m = ARRAY.matcher(Files.readString(l.arrayScript()));
        if (!m.find()) {
            throw new InputException(l.arrayScript() + ": no '#SBATCH --array=1-N' line");
        }
        return Integer.parseInt(m.group(1));
    }

    public List<Row> rows(SlurmLayout l) throws IOException {
        int n = shardCount(l);
        int total = -1;
        for (int i = 1; i <= n && total < 0; i++) {
            for (Path d : List.of(l.shard(i, n), BatchJob.partial(l.shard(i, n)))) {
                if (total < 0 && Files.isRegularFile(d.resolve(BatchState.FILE))) {
                    total = BatchState.read(d).runs();
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Path dir = l.shard(i, n);
            Path partial = BatchJob.partial(dir);
            int runs = total < 0 ? -1 : (total + n - i) / n; // runs r with r mod n = i - 1
            Path exitFile = l.exitFile(i);
            String exit = Files.exists(exitFile) ? Files.readString(exitFile).strip() : "";
            if (Files.isRegularFile(dir.resolve("manifest.json"))) {
                var m = InputFile.readJson(dir.resolve("manifest.json"), InputFile.MAX_JSON_BYTES);
                int done = m.path("runs").asInt();
                rows.add(new Row(i, n, runs < 0 ? done : runs, done, m.path("failed_runs").asInt(), "finished", exit));
            } else if (Files.isRegularFile(partial.resolve(BatchJob.JOURNAL))) {
                int[] c = count(partial.resolve(BatchJob.JOURNAL));
                rows.add(new Row(i, n, runs, c[0], c[1], exit.isEmpty() ? "running" : "stopped", exit));
            } else {
                rows.add(new Row(i, n, runs, 0, 0, "not started", exit));
            }
        }
        return rows;
    }

    /** Complete journal lines and the failed runs among them. */
    private static int[] count(Path journal) throws IOException {
        int done = 0;
        int failed = 0;
        try (BufferedReader in = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                try {
                    RunRecord r = RunRecord.parse(line);
                    done++;
                    failed += r.ok() ? 0 : 1;
                } catch (IOException torn) {
                    break; // the line being written
                }
            }
        }
        return new int[] {done, failed};
    }

    /** One line for --wait: shards finished, runs done, failed. */
    public String summary(SlurmLayout l) throws IOException {
        List<Row> rows = rows(l);
        long finished = rows.stream().filter(r -> r.state().equals("finished")).count();
        int done = rows.stream().mapToInt(Row::done).sum();
        int failed = rows.stream().mapToInt(Row::failed).sum();
        int runs = rows.stream().mapToInt(Row::runs).sum();
        return String.format(Locale.ROOT, "%d/%d shards finished, %d/%s runs done, %d failed", finished, rows.size(),
                done, rows.stream().anyMatch(r -> r.runs() < 0) ? "?" : Integer.toString(runs), failed);
    }

    /** The table of {@code kozan batch status DIR} and {@code kozan sensitivity status DIR}. */
    public void print(SlurmLayout l, PrintWriter out) throws IOException {
        List<Row> rows = rows(l);
        out.println("Slurm submission in " + l.dir() + (Files.exists(l.jobs()) ? " ("
                + Files.readString(l.jobs()).strip().replace('\n', ' ') + ")" : " (not submitted: --dry-run)"));
        out.printf(Locale.ROOT, "%-9s %8s %8s %8s  %-12s %s%n", "shard", "runs", "done", "failed", "state", "task exit");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-9s %8s %8d %8d  %-12s %s%n", r.index() + "/" + r.count(),
                    r.runs() < 0 ? "?" : Integer.toString(r.runs()), r.done(), r.failed(), r.state(),
                    r.exit().isEmpty() ? "" : r.exit() + (r.exit().equals("3") ? " (some runs failed)" : ""));
        }
        out.println(summary(l));
        Path mergeExit = l.mergeExitFile();
        String merge = !Files.exists(mergeExit) ? (Files.isRegularFile(l.dir().resolve("manifest.json"))
                ? "merged results in " + l.dir() : "merge: not run yet")
                : "merge: exit " + Files.readString(mergeExit).strip() + switch (Files.readString(mergeExit).strip()) {
                    case "0" -> ", results in " + l.dir();
                    case "3" -> ", results in " + l.dir() + " (some runs failed)";
                    case "4" -> ", some shards did not finish (" + l.logs().resolve("merge.out") + ")";
                    default -> ", see " + l.logs().resolve("merge.out");
                };
        out.println(merge);
    }
}
