package kozan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import kozan.batch.BatchJob;
import kozan.batch.BatchPlan;
import kozan.batch.BatchProgress;
import kozan.batch.BatchSpec;
import kozan.batch.BatchSpecException;
import kozan.batch.BatchSpecLoader;
import kozan.batch.BatchState;
import kozan.batch.BatchUsageException;
import kozan.batch.CompareInputs;
import kozan.batch.Comparison;
import kozan.batch.ModelRunFunction;
import kozan.batch.Shard;
import kozan.io.Csv;
import kozan.io.Hashes;
import kozan.io.InputException;
import kozan.io.InputFile;
import kozan.io.ImpactsComparison;
import kozan.io.ImpactsCsv;
import kozan.io.Json;
import kozan.io.Manifest;
import kozan.io.ResultsDirectory;
import kozan.io.VersionInfo;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioException;
import kozan.scenario.ScenarioLoader;
import kozan.stats.ReplicationCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kozan compare}: a scenario against a baseline with paired replications (common random numbers):
 * import reduction per commodity (t, JPY, percentage points of import dependence), gross jobs (change in direct +
 * indirect + induced) and net jobs (change in employed) by region with the decomposition between them, the fiscal
 * cost per gross and per net job-year, with 95% CIs, and how much narrower the paired CIs are than with
 * independent seeds.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare a scenario with a baseline, pair by pair: import reduction, gross and net jobs with 95%% CIs.",
                "Gross jobs = change in direct + indirect + induced jobs; net jobs = change in employed "
                        + "(net = gross - change in jobs_displaced + change in jobs_manufacturing); fiscal cost per job-year. "
                        + "Replication k of both uses the same seed (common random numbers).",
                "",
                "  kozan compare --baseline A.yaml --scenario B.yaml [--replications N]",
                "  kozan compare A.yaml B.yaml",
                "      run both scenarios, then compare (--replications pairs, else 10 or the",
                "      baseline's run.replications if more; writes batch files too)",
                "  kozan compare RESULTS_A RESULTS_B",
                "      compare two results folders of 'kozan run': the replications in both",
                "      are paired, with a warning when the sets are unequal or under 2 pairs",
                "",
                "Prints the comparison and writes comparison.csv and impacts.csv (paired differences of the impact "
                        + "tables by year, region, industry and effect; from scenarios in the target years or --years), charts/ (the differences "
                        + "with 95%% confidence intervals) and report.html. See docs/batch.md."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:ok", "1:internal error", "2:bad input", "3:some runs failed (their pairs are left out)",
                "4:stopped before the end; continue with --resume"})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "RESULTS", description = "Two results folders (baseline first) of './kozan run',"
            + " or two scenario files (baseline first), which are run as with --baseline and --scenario.")
    List<Path> results = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "A.yaml", description = "Baseline scenario.")
    Path baseline;

    @Option(names = "--scenario", paramLabel = "B.yaml", description = "Scenario to compare with the baseline.")
    Path scenario;

    @Option(names = "--replications", paramLabel = "N", description = "Paired replications, exactly N (default: the baseline's run.replications, at"
            + " least " + ReplicationCount.DEFAULT + ").")
    Integer replications;

    @Option(names = "--seed", paramLabel = "N", description = "Base seed for both (default: the baseline's run.seed).")
    Long seed;

    @Option(names = "--years", split = ",", paramLabel = "YEAR", description = "Years to compare (default: every year of the"
            + " horizon, of which the baseline's run.target_years are printed).")
    List<Integer> years;

    @Option(names = "--all-years", description = "Print every year, not only the target years (comparison.csv always has"
            + " every year unless --years).")
    boolean allYears;

    @Option(names = "--regions", description = "Also print gross and net jobs per region (always in comparison.csv).")
    boolean regions;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--resume", description = "Continue an interrupted comparison.")
    boolean resume;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/compare/<A>-vs-<B>/...).")
    Path out;

    @Option(names = "--force", description = "Replace an existing results folder.")
    boolean force;

    @Mixin
    ResultsRootOption resultsRoot;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!results.isEmpty()) {
                if (results.size() != 2 || baseline != null || scenario != null) {
                    throw new BatchUsageException("give either two results folders, or --baseline A.yaml --scenario B.yaml");
                }
                if (isScenarioFile(results.get(0)) && isScenarioFile(results.get(1))) {
                    baseline = results.get(0); // 'compare A.yaml B.yaml', what a new user tries first
                    scenario = results.get(1);
                    return runPair();
                }
                return fromResults(results.get(0), results.get(1));
            }
            if (baseline == null || scenario == null) {
                throw new BatchUsageException("give --baseline A.yaml and --scenario B.yaml (or two results folders)");
            }
            return runPair();
        } catch (ScenarioException e) {
            e.problems().forEach(err::println);
            return 2;
        } catch (BatchSpecException e) {
            e.problems().forEach(err::println);
            return 2;
        } catch (InputException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private int runPair() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputFile.readText(baseline, InputFile.MAX_TEXT_BYTES);
        InputFile.readText(scenario, InputFile.MAX_TEXT_BYTES);
        Scenario a = ScenarioLoader.load(baseline);
        Scenario b = ScenarioLoader.load(scenario); // bad input is reported before anything runs
        int n = replications != null ? replications : Math.max(a.run().replications(), ReplicationCount.DEFAULT);
        if (n < 2) {
            throw new BatchUsageException("a comparison needs at least 2 replications for confidence intervals; use --replications N");
        }
        if (years != null && allYears) {
            throw new BatchUsageException("give either --years or --all-years");
        }
        // every year is recorded unless --years narrows it, as comparison.csv of two results folders has every year:
        // the fiscal cost per job-year sums all of them, so both forms give the same figure for the same pairs
        List<Integer> keep = years != null ? years : horizon(a);
        Set<Integer> shown = years != null || allYears ? Set.of() : new TreeSet<>(a.run().targetYears());
        if (years != null) {
            checkYears(years, a, baseline);
            checkYears(years, b, scenario);
        }
        Path specFile = Files.createTempFile("kozan-compare-", ".yaml");
        try {
            Files.writeString(specFile, batchYaml(stem(baseline) + "-vs-" + stem(scenario), n,
                    seed != null ? seed : a.run().seed(), keep), StandardCharsets.UTF_8);
            BatchSpec bs = BatchSpecLoader.load(specFile, ModelRunFunction::known);
            BatchPlan plan = BatchPlan.of(bs, BatchState.specHash(bs));
            Path target = out != null ? out
                    : resultsRoot.folder("compare", bs.name(), plan.specHash().substring(0, 12));
            int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            stdout.println("compare: " + n + " paired replications of " + baseline + " and " + scenario + " -> " + target);
            stdout.flush();
            Comparison[] result = new Comparison[1];
            boolean[] impactsWritten = new boolean[1];
            // the runs keep their impact tables in memory (only the compare's runs; batch keeps none), for the
            // --years or else the target years only: every year would be ~5 MB a run of the baseline, 20 GB for a
            // compare of 2,000 pairs; comparison.csv has every year all the same (the runs' metrics are small)
            ModelRunFunction fn = new ModelRunFunction(bs).keepImpacts(
                    new TreeSet<>(years != null ? years : a.run().targetYears()));
            BatchJob job = new BatchJob(plan, fn, ModelRunFunction::unit, BatchProgress.auto(err), err)
                    .withExtraOutputs(dir -> {
                        result[0] = CompareInputs.fromJournal(dir.resolve(BatchJob.JOURNAL), 0, 1);
                        result[0].writeCsv(dir.resolve("comparison.csv"));
                        impactsWritten[0] = writeImpacts(fn.impacts(0), fn.impacts(1), result[0].pairs(),
                                dir.resolve(ImpactsCsv.FILE), err);
                    });
            BatchJob.Result r;
            try (StopSignals signals = StopSignals.install(job::stop)) {
                r = job.run(target, workers, resume, Shard.ALL, force);
            }
            if (result[0] != null) {
                warnReplications(result[0], err);
                result[0].print(stdout, regions, shown);
                printedYears(shown, baseline, stdout);
            }
            if (impactsWritten[0]) {
                stdout.println("written: " + r.dir().resolve(ImpactsCsv.FILE));
            }
            if (r.complete() && result[0] != null) {
                ChartsAndReport.write(r.dir(), stdout, err);
            }
            if (!r.complete()) {
                err.println("interrupted: finished runs are kept in " + r.dir() + "; continue with:\n  " + resumeCommand(n, target));
            }
            return BatchCommand.report(r, stdout, err);
        } finally {
            Files.deleteIfExists(specFile);
        }
    }

    /**
     * The paired impacts.csv of the runs of this process (their tables by replication: baseline = design point 0,
     * scenario = 1, {@link ModelRunFunction#impacts}), the same rows as
     * {@code compare RESULTS_A RESULTS_B} would write for the same runs. Left out, with a warning, when runs done
     * before a --resume make the comparison hold pairs whose tables this process does not have.
     *
     * @param pairs the pairs of comparison.csv
     * @return whether the file was written
     */
    static boolean writeImpacts(Map<Integer, Map<ImpactsComparison.Key, double[]>> base,
                                Map<Integer, Map<ImpactsComparison.Key, double[]>> scen, int pairs, Path target,
                                PrintWriter err) throws IOException {
        long held = base.keySet().stream().filter(scen::containsKey).count();
        if (held < pairs) {
            err.println("warning: " + ImpactsCsv.FILE + " not written: " + (pairs - held) + " of the " + pairs
                    + " pairs were run before --resume and their impact tables are not kept; run again with --force"
                    + " for it");
            return false;
        }
        ImpactsComparison.write(ImpactsComparison.compare(base, scen), target);
        return true;
    }

    private int fromResults(Path a, Path b) throws IOException, BatchUsageException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (years != null && allYears) {
            throw new BatchUsageException("give either --years or --all-years");
        }
        Set<Integer> keep = years == null ? Set.of() : new TreeSet<>(years);
        Set<Integer> shown = years != null || allYears ? Set.of() : targetYears(a);
        Long seedA = baseSeed(a);
        Long seedB = baseSeed(b);
        Comparison c = CompareInputs.fromResults(a, b, keep).baseSeeds(seedA, seedB);
        if (c.pairs() == 0) {
            throw new BatchUsageException("no replication is present in both " + a + " and " + b);
        }
        warnReplications(c, err);
        Path requested = out != null ? out : resultsRoot.folder("compare", a.getFileName() + "-vs-" + b.getFileName());
        // like every other writer: a folder appears complete or not at all, an existing one is replaced only with
        // --force and only when Kozan wrote it (its manifest.json), and a folder of the user's is never touched
        boolean impactsWritten;
        Path target;
        try (ResultsDirectory dir = ResultsDirectory.create(requested, force)) {
            Path tmp = dir.temp();
            c.writeCsv(tmp.resolve("comparison.csv"));
            impactsWritten = ImpactsComparison.write(a, b, keep, tmp.resolve(ImpactsCsv.FILE));
            writeManifest(tmp, new Path[] {a, b}, new Long[] {seedA, seedB}, c, keep);
            target = dir.commit();
        }
        c.print(stdout, regions, shown);
        printedYears(shown, a, stdout);
        stdout.println("written: " + target.resolve("comparison.csv"));
        if (impactsWritten) {
            stdout.println("written: " + target.resolve(ImpactsCsv.FILE));
        }
        ChartsAndReport.write(target, stdout, err);
        return 0;
    }

    /** Unequal replication sets and too few pairs for intervals, on standard error (the printout has them as notes). */
    private static void warnReplications(Comparison c, PrintWriter err) {
        c.replicationNotes().forEach(n -> err.println("warning: " + n));
        err.flush();
    }

    /** A regular file named .yaml or .yml: a scenario, where a results folder is a directory. */
    private static boolean isScenarioFile(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** --years outside a scenario's horizon would compare nothing: refused before any run. */
    private static void checkYears(List<Integer> years, Scenario s, Path file) throws BatchUsageException {
        List<Integer> all = horizon(s);
        List<Integer> outside = years.stream().filter(y -> !all.contains(y)).toList();
        if (!outside.isEmpty()) {
            throw new BatchUsageException("--years " + outside + (outside.size() == 1 ? " is" : " are")
                    + " outside the horizon of " + file + " (" + all.get(0) + " to " + all.get(all.size() - 1) + ")");
        }
    }

    /** Every calendar year the scenario's horizon touches. */
    private static List<Integer> horizon(Scenario s) {
        int first = s.calendar().start().getYear();
        int last = s.calendar().monthOf(s.steps() - 1).getYear();
        List<Integer> all = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            all.add(y);
        }
        return all;
    }

    /** The target years of a results folder (summary.json), or none (= print all) when it does not say. */
    private static Set<Integer> targetYears(Path dir) throws IOException {
        Path s = dir.resolve("summary.json");
        Set<Integer> out = new TreeSet<>();
        if (Files.exists(s)) {
            InputFile.readJson(s, InputFile.MAX_JSON_BYTES).path("target_years").forEach(y -> out.add(y.asInt()));
        }
        return out;
    }

    /** The command that continues this comparison where it stopped: the same pairs, seed, years and folder. */
    private String resumeCommand(int n, Path target) {
        StringBuilder c = new StringBuilder("kozan compare --baseline " + baseline + " --scenario " + scenario
                + " --replications " + n);
        if (seed != null) {
            c.append(" --seed ").append(seed);
        }
        if (years != null) {
            c.append(" --years ").append(years.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        return c.append(" --out ").append(target).append(" --resume").toString(); // the folder, whatever the root
    }

    /**
     * manifest.json of a comparison of two results folders: what was compared (each folder, its manifest's sha256
     * and base seed), the pairs and years, the code, and the sha256 of each file written, so the folder says where
     * its numbers come from and is a Kozan folder that --force may replace.
     */
    private static void writeManifest(Path dir, Path[] folders, Long[] seeds, Comparison c, Set<Integer> years)
            throws IOException {
        ObjectNode m = Json.object();
        m.put("kind", "compare");
        VersionInfo.putCurrent(m);
        String[] sides = {"baseline", "scenario"};
        for (int i = 0; i < sides.length; i++) {
            ObjectNode o = m.putObject(sides[i]);
            o.put("results", folders[i].toAbsolutePath().normalize().toString());
            Path manifest = folders[i].resolve(Csv.MANIFEST);
            if (Files.isRegularFile(manifest)) {
                o.put("manifest_sha256", Hashes.sha256(manifest));
            }
            if (seeds[i] != null) {
                o.put("base_seed", seeds[i]);
            }
        }
        m.put("pairs", c.pairs());
        ArrayNode ys = m.putArray("years");
        years.forEach(ys::add); // empty: every year of both
        ObjectNode files = m.putObject("files");
        for (Manifest.FileEntry f : Manifest.hashFiles(dir)) { // every file written so far, manifest.json aside
            files.put(f.path(), f.sha256());
        }
        Json.write(dir.resolve(Csv.MANIFEST), m);
    }

    /** Which years the printout shows when it shows fewer than comparison.csv holds. */
    private static void printedYears(Set<Integer> shown, Path baselineSource, PrintWriter stdout) {
        if (!shown.isEmpty()) {
            stdout.println("printed: the target years " + shown + " of " + baselineSource + "; --all-years prints"
                    + " every year (comparison.csv has them all)");
        }
    }

    private static Long baseSeed(Path dir) throws IOException {
        Path m = dir.resolve("manifest.json");
        if (!Files.exists(m)) {
            return null;
        }
        JsonNode n = InputFile.readJson(m, InputFile.MAX_JSON_BYTES).path("seeds").path("base_seed");
        return n.isNumber() ? n.asLong() : null;
    }

    private String batchYaml(String name, int n, long baseSeed, List<Integer> keep) {
        return "version: 1\n"
                + "name: " + name.replaceAll("[^A-Za-z0-9_.-]", "_") + "\n"
                + "description: paired comparison written by 'kozan compare'\n"
                + "scenarios:\n"
                + "  - {id: baseline, file: '" + baseline.toAbsolutePath().normalize().toString().replace("'", "''") + "'}\n"
                + "  - {id: scenario, file: '" + scenario.toAbsolutePath().normalize().toString().replace("'", "''") + "'}\n"
                + "replications: " + n + "\n"
                + "seed: " + baseSeed + "\n"
                + "metrics: [" + String.join(", ", Comparison.METRICS) + "]\n"
                + "years: [" + keep.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "]\n"
                + "baseline: {scenario: baseline}\n";
    }

    private static String stem(Path p) {
        String f = p.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }
}
