package kozan.analysis;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kozan.io.Csv;
import kozan.io.Numbers;
import org.apache.commons.csv.CSVPrinter;

/**
 * Scenario discovery on a batch's runs ({@code kozan discover}, docs/sensitivity.md): the runs meeting a
 * {@link WhereExpression} are the cases of interest, {@link Prim} peels and pastes boxes over the varied parameters,
 * and the trajectory and the chosen box are written as trajectory.csv and box.csv.
 *
 * @param trajectory the peeling trajectory (step 0 = every run)
 * @param chosen     the chosen box after pasting (its step is the trajectory step it was pasted from)
 */
public record Discovery(BatchCases cases, Prim prim, List<Prim.Step> trajectory, Prim.Step chosen) {

    public static final String TRAJECTORY = "trajectory.csv";
    public static final String BOX = "box.csv";

    public static Discovery run(BatchCases cases, WhereExpression where, double alpha, double minSupport,
                                double threshold) {
        int onlyYear = cases.years().get(0);
        double[][] x = cases.x().toArray(new double[0][]);
        boolean[] y = new boolean[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = where.test(cases.values().get(i), onlyYear);
        }
        Prim prim = new Prim(x, y);
        List<Prim.Step> t = prim.peel(alpha, minSupport);
        return new Discovery(cases, prim, t, prim.paste(Prim.choose(t, threshold), alpha));
    }

    /** trajectory.csv: step, cases, of_interest, coverage, density, support, restricted, then low/high per parameter. */
    public void writeTrajectory(Path file) throws IOException {
        List<String> head = new ArrayList<>(List.of("step", "cases", "of_interest", "coverage", "density", "support",
                "restricted"));
        for (String p : cases.parameters()) {
            head.add(p + ":low");
            head.add(p + ":high");
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter out = new CSVPrinter(w,
                Csv.FORMAT)) {
            out.printRecord(head);
            for (Prim.Step s : trajectory) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(s.step()), Integer.toString(s.cases()),
                        Integer.toString(s.ofInterest()), num(s.coverage()), num(s.density()), num(s.support()),
                        Integer.toString(restricted(s.box()).size())));
                for (int j = 0; j < cases.parameters().size(); j++) {
                    row.add(num(s.box().low()[j]));
                    row.add(num(s.box().high()[j]));
                }
                out.printRecord(row);
            }
        }
    }

    /** box.csv: parameter, low, high, data_min, data_max, restricted (true/false), one row per parameter. */
    public void writeBox(Path file) throws IOException {
        double[] min = prim.min();
        double[] max = prim.max();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter out = new CSVPrinter(w,
                Csv.FORMAT)) {
            out.printRecord("parameter", "low", "high", "data_min", "data_max", "restricted");
            for (int j = 0; j < cases.parameters().size(); j++) {
                out.printRecord(cases.parameters().get(j), num(chosen.box().low()[j]), num(chosen.box().high()[j]),
                        num(min[j]), num(max[j]), chosen.box().restricts(j, min[j], max[j]));
            }
        }
    }

    /** Indices of the parameters the box restricts. */
    public List<Integer> restricted(Prim.Box b) {
        double[] min = prim.min();
        double[] max = prim.max();
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < min.length; j++) {
            if (b.restricts(j, min[j], max[j])) {
                out.add(j);
            }
        }
        return out;
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v);
    }
}
