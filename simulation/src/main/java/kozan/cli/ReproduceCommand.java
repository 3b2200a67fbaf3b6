package kozan.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import kozan.io.Csv;
import kozan.io.Hashes;
import kozan.io.JarIdentity;
import kozan.io.LegacyLayout;
import kozan.io.Manifest;
import kozan.io.ResultsDirectory;
import kozan.io.RunWriter;
import kozan.io.VersionInfo;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kozan reproduce DIR}: reruns a recorded run from its manifest (resolved scenario and seeds) into a
 * temporary directory and compares every recorded file by sha256. Exit 0 when identical, 1 when not.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Rerun a results directory from its manifest.json and compare every output file by sha256.",
                "Prints 'identical' or the first differing file, line and value; exit 0 identical, 1 different."})
final class ReproduceCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A results directory (with manifest.json).")
    Path directory;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores; output does not depend on it).")
    int threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(directory)) {
            throw new BadInputException(directory + (Files.exists(directory) ? " is a file" : " does not exist")
                    + "; give a results directory of 'kozan run'");
        }
        if (!Files.exists(directory.resolve(Csv.MANIFEST)) && Files.exists(directory.resolve("batch-state.json"))) {
            throw new BadInputException(directory + " is an unfinished batch folder (batch-state.json, no "
                    + Csv.MANIFEST + "); reproduce reruns single runs of 'kozan run'");
        }
        if (!Files.isRegularFile(directory.resolve(Csv.MANIFEST))) {
            throw new BadInputException("no " + Csv.MANIFEST + " in " + directory + "; give a results directory");
        }
        Manifest.Recorded recorded = Manifest.read(directory);
        VersionInfo now = VersionInfo.current();
        if (!now.version().equals(recorded.version()) || !now.gitCommit().equals(recorded.gitCommit())
                || recorded.dirty() || now.dirty()) {
            err.println("warning: recorded with kozan " + recorded.version() + " (git " + recorded.gitCommit()
                    + (recorded.dirty() ? ", dirty" : "") + "), reproducing with " + now.describe()
                    + "; differences may come from the code");
        }
        if (recorded.jarBuiltDirty()) {
            err.println("warning: the recorded jar (sha256 " + recorded.jarSha256() + ") was built from a tree with"
                    + " uncommitted changes, so no commit holds its exact code; differences may come from the code");
        }
        String jarNow = JarIdentity.running().map(JarIdentity::sha256).orElse("");
        if (!recorded.jarSha256().isEmpty() && !recorded.jarSha256().equals(jarNow)) {
            err.println("note: recorded with the jar of sha256 " + recorded.jarSha256() + ", reproducing with "
                    + (jarNow.isEmpty() ? "classes, not a jar" : "another jar (sha256 " + jarNow + ")")
                    + "; docs/reproducing.md says how to rerun with the published jar");
        }
        Scenario scenario = ScenarioLoader.parse(recorded.resolvedScenario(),
                directory.resolve(Csv.MANIFEST) + " (scenario.resolved)");
        if (scenario.run().replications() != recorded.masterSeeds().size()) {
            throw new BadInputException(Csv.MANIFEST + " lists " + recorded.masterSeeds().size()
                    + " master seeds but its scenario has " + scenario.run().replications() + " replications");
        }
        // the fields a reader cites (docs/reproducing.md) must be those of the run the scenario reproduces
        if (recorded.baseSeed() != scenario.run().seed() || recorded.replicationsField() != recorded.masterSeeds().size()) {
            out.println("different: " + Csv.MANIFEST + " says base_seed " + recorded.baseSeed() + " and replications "
                    + recorded.replicationsField() + ", but its scenario runs seed " + scenario.run().seed() + " with "
                    + scenario.run().replications() + " replications (edited after the run?)");
            return Errors.INTERNAL;
        }

        Path temp = Files.createTempDirectory("kozan-reproduce-");
        try {
            Engine engine = main.engine();
            int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
            Manifest rerun;
            try (ProgressReporter progress = ProgressReporter.create(err, "reproduce", scenario.run().replications())) {
                rerun = new RunWriter(engine.runFunction(), engine.metrics()).write(new RunWriter.Request(scenario,
                        recorded.resolvedScenario(), directory.resolve(Csv.MANIFEST).toString(), "", workers, recorded.annualOnly()),
                        temp, progress);
            }
            List<Long> seeds = rerun.replications().stream().map(r -> r.masterSeed()).toList();
            if (!seeds.equals(recorded.masterSeeds())) {
                out.println("different: master seeds " + seeds + " differ from the recorded " + recorded.masterSeeds());
                return Errors.INTERNAL;
            }
            int[] byContent = {0};
            String difference = firstDifference(recorded.files(), directory, temp,
                    recorded.legacyLayout() ? byContent : null);
            if (difference == null) {
                long compared = recorded.files().stream().filter(f -> !isDrawn(f.path())).count();
                out.println("identical: " + compared + " files match"
                        + (byContent[0] == 0 ? " by sha256" : ", " + (compared - byContent[0]) + " by sha256 and "
                        + byContent[0] + " by content (recorded in the table layout before manifest format "
                        + Manifest.FORMAT + ": national region \"\", no unit column; every value compared)")
                        + (compared < recorded.files().size() ? " (charts are drawn from them and not compared)" : ""));
                return Errors.OK;
            }
            out.println("different: " + difference);
            return Errors.INTERNAL;
        } finally {
            ResultsDirectory.deleteRecursively(temp);
        }
    }

    /**
     * Null when the rerun reproduces every recorded file byte for byte, else where the first difference is. The
     * rerun is compared with the files as they are in the directory; a file edited after the run (its sha256 no
     * longer matches the manifest) is reported as such.
     *
     * @param legacy null for a run in today's layout; for a run recorded in the layout before manifest format 2,
     *               files that differ in bytes are compared by content ({@link LegacyLayout}) and counted here
     */
    static String firstDifference(List<Manifest.FileEntry> files, Path original, Path rerun, int[] legacy)
            throws IOException {
        Map<String, Manifest.FileEntry> rerunFiles = Manifest.hashFiles(rerun).stream()
                .collect(Collectors.toMap(Manifest.FileEntry::path, Function.identity()));
        for (Manifest.FileEntry f : files) {
            if (isDrawn(f.path())) {
                continue;
            }
            Path originalFile = original.resolve(f.path());
            if (!Files.isRegularFile(originalFile)) {
                return f.path() + " is listed in " + Csv.MANIFEST + " but missing from " + original;
            }
            String originalSha = Hashes.sha256(originalFile);
            String edited = originalSha.equals(f.sha256()) ? ""
                    : " (and the file no longer matches its sha256 in " + Csv.MANIFEST + ": edited after the run?)";
            Manifest.FileEntry again = rerunFiles.get(f.path());
            if (again == null) {
                return f.path() + " was not produced by the rerun" + edited;
            }
            if (!again.sha256().equals(originalSha)) {
                if (legacy == null) {
                    return f.path() + ": " + firstDifferentLine(originalFile, rerun.resolve(f.path())) + edited;
                }
                String d = LegacyLayout.firstDifference(originalFile, rerun.resolve(f.path()));
                if (d != null) {
                    return f.path() + ": " + d + edited;
                }
                legacy[0]++;
            }
            if (!edited.isEmpty()) {
                return f.path() + ": rerun matches the file, but not its sha256 in " + Csv.MANIFEST;
            }
        }
        for (String extra : rerunFiles.keySet()) {
            if (isDrawn(extra)) {
                continue;
            }
            if (files.stream().noneMatch(f -> f.path().equals(extra))) {
                return extra + " is produced by the rerun but not recorded";
            }
        }
        return null;
    }

    /**
     * Charts and reports are drawn from the CSVs; their pixels depend on the fonts of the machine, so they are not
     * part of the reproducibility check (the data they are drawn from is).
     */
    static boolean isDrawn(String path) {
        return path.startsWith("charts/") || path.equals("report.html");
    }

    private static String firstDifferentLine(Path a, Path b) throws IOException {
        try (BufferedReader ra = Files.newBufferedReader(a, StandardCharsets.UTF_8);
             BufferedReader rb = Files.newBufferedReader(b, StandardCharsets.UTF_8)) {
            String header = null;
            for (int line = 1; ; line++) {
                String la = ra.readLine();
                String lb = rb.readLine();
                if (line == 1) {
                    header = la;
                }
                if (la == null && lb == null) {
                    return "same lines, different bytes (line endings or final newline)";
                }
                if (la == null || lb == null || !la.equals(lb)) {
                    // line 1 of a CSV is the header itself: its cells are named by position, not by themselves
                    return "line " + line + ": " + describe(line == 1 ? null : header, la, lb,
                            a.toString().endsWith(".csv"));
                }
            }
        }
    }

    private static String describe(String header, String recorded, String reproduced, boolean csv) throws IOException {
        if (recorded == null || reproduced == null) {
            return recorded == null ? "recorded file ends, rerun has '" + reproduced + "'"
                    : "rerun ends, recorded has '" + recorded + "'";
        }
        if (csv) {
            List<String> names = header == null ? List.of() : parse(header);
            List<String> x = parse(recorded);
            List<String> y = parse(reproduced);
            for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
                String vx = i < x.size() ? x.get(i) : "";
                String vy = i < y.size() ? y.get(i) : "";
                if (!vx.equals(vy)) {
                    if (header == null) {
                        return "header, column " + (i + 1) + ": recorded '" + vx + "', reproduced '" + vy + "'";
                    }
                    String column = i < names.size() ? names.get(i) : "column " + (i + 1);
                    return column + " recorded " + vx + ", reproduced " + vy + " (row: " + recorded + ")";
                }
            }
        }
        return "recorded '" + recorded + "', reproduced '" + reproduced + "'";
    }

    private static List<String> parse(String line) throws IOException {
        try (CSVParser p = CSVParser.parse(line, Csv.FORMAT)) {
            List<CSVRecord> records = p.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        }
    }
}
