package kozan.analysis;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kozan.io.Csv;
import kozan.io.Numbers;
import org.apache.commons.csv.CSVPrinter;

/** indices.csv and convergence.csv: numbers by {@link Numbers} (12 significant digits), so bytes repeat across JDKs. */
public final class IndicesCsv {

    public static final String INDICES = "indices.csv";
    public static final String CONVERGENCE = "convergence.csv";
    public static final List<String> INDICES_HEADER =
            List.of("parameter", "output", "method", "index", "estimate", "ci95_low", "ci95_high");
    public static final List<String> CONVERGENCE_HEADER =
            List.of("parameter", "output", "index", "samples", "estimate", "ci95_low", "ci95_high");

    public static final String NOISE = "noise.csv";
    public static final List<String> NOISE_HEADER =
            List.of("output", "replications", "noise_variance", "total_variance", "noise_share");

    private IndicesCsv() {
    }

    public static void writeIndices(Path file, List<Index> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, Csv.FORMAT)) {
            p.printRecord(INDICES_HEADER);
            for (Index r : rows) {
                p.printRecord(r.parameter(), r.output(), r.method(), r.index(), num(r.estimate()), num(r.ci95Low()),
                        num(r.ci95High()));
            }
        }
    }

    public static void writeConvergence(Path file, List<ConvergenceRow> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, Csv.FORMAT)) {
            p.printRecord(CONVERGENCE_HEADER);
            for (ConvergenceRow r : rows) {
                p.printRecord(r.parameter(), r.output(), r.index(), r.samples(), num(r.estimate()), num(r.ci95Low()),
                        num(r.ci95High()));
            }
        }
    }

    /**
     * noise.csv: per output, the pooled variance between replications at one design point, the variance of all
     * runs, and the share of the output's sum of squares that is the model's own randomness ({@link ModelStudy.Noise}).
     */
    public static void writeNoise(Path file, List<ModelStudy.Noise> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, Csv.FORMAT)) {
            p.printRecord(NOISE_HEADER);
            for (ModelStudy.Noise r : rows) {
                p.printRecord(r.output(), r.replications(), num(r.noiseVariance()), num(r.totalVariance()),
                        num(r.share()));
            }
        }
    }

    /** An undefined index (an output that does not vary) is an empty cell, as in the batch CSVs. */
    static String num(double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v);
    }
}
