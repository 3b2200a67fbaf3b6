package kozan.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two bash scripts of a submission. Bash, not sh: {@code sbatch --wrap} runs /bin/sh, where brace lists and
 * arrays do not work, so Kozan writes real scripts with a {@code #!/bin/bash} line. Every argument is single-quoted,
 * so paths with spaces or shell characters reach Kozan unchanged.
 *
 * <p>The array task maps Kozan's exit 3 (the shard finished, some runs failed) to 0: failed runs are data, recorded
 * in runs.csv, not a failed task; the code Kozan returned is kept in {@code slurm/exit/shard-i.exit}. The merge job
 * depends on the array with {@code afterany}, so a task that really fails (killed, out of time) never leaves the
 * merge pending forever: the merge checks that every shard finished and otherwise ends with exit 4 and the command
 * that reruns the missing tasks.
 */
public final class SlurmScripts {

    /** Exit code of the merge when some shards have not finished: "stopped before the end; continue". */
    public static final int INCOMPLETE = 4;

    private SlurmScripts() {
    }

    public static String arrayScript(SlurmPlan plan, JavaCommand java) {
        SlurmLayout l = plan.layout();
        int n = plan.options().shards();
        StringBuilder s = new StringBuilder();
        s.append("#!/bin/bash\n");
        s.append(header(plan)).append('\n');
        s.append("# Rerun tasks that failed (then the merge):  sbatch --array=2,5 ").append(l.arrayScript())
                .append(" && sbatch ").append(l.mergeScript()).append('\n');
        s.append("#SBATCH --job-name=kozan-").append(plan.name()).append('\n');
        s.append("#SBATCH --array=1-").append(n).append('\n');
        s.append("#SBATCH --output=").append(sbatchValue(l.logs().resolve("shard-%a.out").toString())).append('\n');
        commonOptions(s, plan.options());
        if (plan.options().cpusPerTask() != null) {
            s.append("#SBATCH --cpus-per-task=").append(plan.options().cpusPerTask()).append('\n');
        }
        s.append("set -uo pipefail\n");
        s.append("i=${SLURM_ARRAY_TASK_ID:?submit this script with sbatch: it is a job array}\n");
        s.append("# One worker thread per CPU Slurm gave the task (1 unless --cpus-per-task).\n");
        s.append("KOZAN_SLURM_THREADS=${SLURM_CPUS_PER_TASK:-1}\n");
        javaLine(s, java);
        s.append("case \"$i\" in\n");
        for (int i = 1; i <= n; i++) {
            s.append("  ").append(i).append(") args=(").append(words(plan.shardArgs().apply(i))).append(");;\n");
        }
        s.append("  *) echo \"kozan: this job has shards 1 to ").append(n).append(", not $i\" >&2; exit 2;;\n");
        s.append("esac\n");
        s.append("\"$java\" \"${jvm[@]}\" \"${args[@]}\"\n");
        s.append("status=$?\n");
        s.append("mkdir -p ").append(quote(l.exitFile(1).getParent().toString())).append('\n');
        s.append("echo \"$status\" > ").append(quote(l.exitFile(1).getParent().toString())).append("/shard-\"$i\".exit\n");
        s.append("# 3: the shard finished and some runs failed. Failed runs are data (status=failed rows), not a failed\n");
        s.append("# task: report success so that accounting shows COMPLETED; the merge reports the failed runs.\n");
        s.append("if ((status == 3)); then exit 0; fi\n");
        s.append("exit \"$status\"\n");
        return s.toString();
    }

    /**
     * The array script's second line, which names what was submitted (command, job name, shard count): a folder is
     * submitted again (--resume) only by the same job, which {@link Slurm#checkFolder} reads from this line.
     */
    static String header(SlurmPlan plan) {
        return "# Kozan: " + plan.command() + ' ' + plan.name() + ", one shard of " + plan.options().shards()
                + " per array task (written by kozan --slurm; docs/cluster.md).";
    }

    /** {@link #header}'s form, read back: command, job name, shard count. */
    private static final Pattern HEADER = Pattern.compile("# Kozan: (\\S+) (\\S+), one shard of (\\d+) per array task.*");

    /** "'batch NAME' in N shards" from an array script's second line, or what the line says when it is not one. */
    static String describe(String header) {
        Matcher m = HEADER.matcher(header);
        return m.matches() ? "'" + m.group(1) + " " + m.group(2) + "' in " + m.group(3) + " shards"
                : "its slurm/shards.sh does not say which";
    }

    public static String mergeScript(SlurmPlan plan, JavaCommand java) {
        SlurmLayout l = plan.layout();
        int n = plan.options().shards();
        StringBuilder s = new StringBuilder();
        s.append("#!/bin/bash\n");
        s.append("# Kozan: merges the ").append(n).append(" shards of ").append(plan.name()).append(" into ")
                .append(l.dir()).append(" (written by kozan --slurm; docs/cluster.md).\n");
        s.append("# Submitted with --dependency=afterany on the array; to rerun it alone:  sbatch ")
                .append(l.mergeScript()).append('\n');
        s.append("#SBATCH --job-name=kozan-").append(plan.name()).append("-merge\n");
        s.append("#SBATCH --output=").append(sbatchValue(l.logs().resolve("merge.out").toString())).append('\n');
        commonOptions(s, plan.options());
        s.append("set -uo pipefail\n");
        s.append("dir=").append(quote(l.dir().toString())).append('\n');
        s.append("staging=").append(quote(l.staging().toString())).append('\n');
        s.append("exits=").append(quote(l.mergeExitFile().getParent().toString())).append('\n');
        s.append("mkdir -p \"$exits\"\n");
        s.append("missing=()\n");
        s.append("for i in $(seq 1 ").append(n).append("); do\n");
        s.append("  [[ -f ").append(quote(l.shards().toString())).append("/shard-$i-of-").append(n)
                .append("/manifest.json ]] || missing+=(\"$i\")\n");
        s.append("done\n");
        s.append("if ((${#missing[@]})); then\n");
        s.append("  list=$(IFS=,; echo \"${missing[*]}\")\n");
        s.append("  echo \"kozan: shard(s) $list of ").append(n).append(" did not finish: see ")
                .append(l.logs()).append("/shard-<i>.out and kozan ").append(plan.command())
                .append(" status $dir\" >&2\n");
        s.append("  echo \"kozan: rerun them (they resume), then the merge: sbatch --array=$list ")
                .append(l.arrayScript()).append(" && sbatch ").append(l.mergeScript()).append("\" >&2\n");
        s.append("  echo ").append(INCOMPLETE).append(" > \"$exits/merge.exit\"\n");
        s.append("  exit ").append(INCOMPLETE).append('\n');
        s.append("fi\n");
        javaLine(s, java);
        s.append("args=(").append(words(plan.mergeArgs())).append(")\n");
        s.append("\"$java\" \"${jvm[@]}\" \"${args[@]}\"\n");
        s.append("status=$?\n");
        s.append("if ((status == 0 || status == 3)); then\n");
        s.append("  # Into DIR itself, the manifest last: a manifest.json in DIR always lists files that are there.\n");
        s.append("  rm -f \"$dir/manifest.json\"\n");
        s.append("  for f in \"$staging\"/*; do\n");
        s.append("    name=${f##*/}\n");
        s.append("    [[ $name == manifest.json ]] && continue\n");
        s.append("    rm -rf \"${dir:?}/$name\" && mv \"$f\" \"$dir/$name\" || status=1\n");
        s.append("  done\n");
        s.append("  mv \"$staging/manifest.json\" \"$dir/manifest.json\" && rmdir \"$staging\" \"${staging%/*}\" || status=1\n");
        // the merge above printed the staging folder's paths; say where the files are now
        s.append("  ((status == 1)) || echo \"kozan: moved into $dir: the merged results are there (the paths above were"
                + " the staging folder's)\"\n");
        s.append("fi\n");
        s.append("echo \"$status\" > \"$exits/merge.exit\"\n");
        s.append("# 3 (some runs failed) is a result, not a failed job; merge.exit keeps it for kozan --wait.\n");
        s.append("if ((status == 3)); then exit 0; fi\n");
        s.append("exit \"$status\"\n");
        return s.toString();
    }

    private static void commonOptions(StringBuilder s, SlurmOptions o) {
        if (o.partition() != null) {
            s.append("#SBATCH --partition=").append(o.partition()).append('\n');
        }
        if (o.time() != null) {
            s.append("#SBATCH --time=").append(o.time()).append('\n');
        }
        for (String a : o.sbatchArgs()) {
            s.append("#SBATCH ").append(a).append('\n');
        }
    }

    private static void javaLine(StringBuilder s, JavaCommand java) {
        s.append("# The Java of the submitting machine, else the one on the PATH (e.g. after 'module load java').\n");
        s.append("java=").append(quote(java.java())).append('\n');
        s.append("[[ -x $java ]] || java=java\n");
        List<String> jvm = new ArrayList<>(java.jvmArgs());
        jvm.addAll(java.code());
        s.append("jvm=(").append(words(jvm)).append(")\n");
    }

    /** Bash words: single-quoted, except {@link SlurmPlan#THREADS}, which the shell expands. */
    static String words(List<String> args) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            out.add(a.equals(SlurmPlan.THREADS) ? "\"" + a + "\"" : quote(a));
        }
        return String.join(" ", out);
    }

    /** {@code s} as one bash word to copy from a message: as it is when that is safe, else {@link #quote quoted}. */
    static String word(String s) {
        return s.matches("[A-Za-z0-9/._+,:=@%-]+") ? s : quote(s);
    }

    /** One bash word that stands for {@code s} exactly. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** An #SBATCH value: Slurm reads quotes there, so a path with spaces is double-quoted. */
    private static String sbatchValue(String v) {
        return v.matches(".*\\s.*") ? "\"" + v + "\"" : v;
    }
}
