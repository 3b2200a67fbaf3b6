package kozan.analysis;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kozan.io.Csv;
import kozan.io.Numbers;
import org.apache.commons.csv.CSVPrinter;

/**
 * The files of {@code kozan calibrate} (docs/sensitivity.md): best.csv, trace.csv, fit.csv, profile.csv and
 * fitted.yaml, a scenario fragment that extends the base scenario with the fitted values.
 */
public final class CalibrationFiles {

    public static final String BEST = "best.csv";
    public static final String TRACE = "trace.csv";
    public static final String FIT = "fit.csv";
    public static final String PROFILE = "profile.csv";
    public static final String FRAGMENT = "fitted.yaml";

    private CalibrationFiles() {
    }

    public static void write(Path dir, Calibration.Result r, List<String> parameters, Path baseScenario)
            throws IOException {
        try (CSVPrinter p = printer(dir.resolve(BEST))) {
            p.printRecord("parameter", "estimate", "se", "ci95_low", "ci95_high", "lower_bound", "upper_bound",
                    "identified", "note");
            for (Calibration.Estimate e : r.estimates()) {
                p.printRecord(e.parameter(), num(e.value()), num(e.se()), num(e.low()), num(e.high()), num(e.lower()),
                        num(e.upper()), e.unknown() ? "" : e.identified(), e.note()); // unknown: neither
            }
        }
        try (CSVPrinter p = printer(dir.resolve(TRACE))) {
            List<String> head = new ArrayList<>(List.of("evaluation", "start", "objective"));
            head.addAll(parameters);
            p.printRecord(head);
            for (Calibration.Evaluation e : r.trace()) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(e.number()), Integer.toString(e.start()),
                        e.objective() >= Calibration.FAILED ? "" : num(e.objective())));
                for (double t : e.theta()) {
                    row.add(num(t));
                }
                p.printRecord(row);
            }
        }
        try (CSVPrinter p = printer(dir.resolve(FIT))) {
            p.printRecord("metric", "commodity", "region", "detail", "year", "target", "se", "weight", "simulated",
                    "simulated_se", "residual", "z", "relative_to_year");
            for (Calibration.Fit f : r.fit()) {
                ModelStudy.Output o = f.target().output();
                p.printRecord(o.metric(), o.commodity(), Csv.regionCell(o.region()), o.detail(), o.year(),
                        num(f.target().value()), num(f.target().se()), num(f.target().weight()), num(f.simulated()),
                        num(f.simulatedSe()), num(f.residual()), num(f.z()),
                        f.target().baseYear() == null ? "" : f.target().baseYear());
            }
        }
        try (CSVPrinter p = printer(dir.resolve(PROFILE))) {
            p.printRecord("parameter", "value", "objective");
            for (Calibration.ProfilePoint pp : r.profile()) {
                p.printRecord(pp.parameter(), num(pp.value()), pp.objective() >= Calibration.FAILED ? ""
                        : num(pp.objective()));
            }
        }
        Files.writeString(dir.resolve(FRAGMENT), fragment(r.estimates(), dir, baseScenario), StandardCharsets.UTF_8);
    }

    /**
     * The scenario delta: {@code extends:} the base scenario (path relative to the results folder) and each fitted
     * value at its path, lists keyed by id ({@code mines[hishikari].opex_yen_per_t_ore} becomes
     * {@code mines: [{id: hishikari, opex_yen_per_t_ore: ..}]}, merged by id as docs/scenario-reference.md says). A
     * path through a list position ({@code [0]}) cannot be a delta; it is written as a comment to apply by hand.
     */
    static String fragment(List<Calibration.Estimate> estimates, Path dir, Path baseScenario) {
        StringBuilder b = new StringBuilder();
        b.append("# Written by kozan calibrate: the base scenario with the fitted values (best.csv has their standard\n")
                .append("# errors; a parameter marked not identified there is one of many equally good values).\n")
                .append("version: 1\n");
        Path rel = dir.toAbsolutePath().normalize().relativize(baseScenario.toAbsolutePath().normalize());
        b.append("extends: ").append(quote(rel.toString().replace('\\', '/'))).append('\n');
        Map<String, Object> tree = new LinkedHashMap<>();
        List<String> byHand = new ArrayList<>();
        for (Calibration.Estimate e : estimates) {
            if (!put(tree, e.parameter(), Numbers.format(e.value()))) {
                byHand.add(e.parameter() + " = " + Numbers.format(e.value()));
            }
        }
        emit(b, tree, 0);
        for (String h : byHand) {
            b.append("# set by hand (a list position cannot be a delta): ").append(h).append('\n');
        }
        return b.toString();
    }

    /** Puts {@code value} at the dotted path; lists keyed by id become maps "[id]" under their name. */
    @SuppressWarnings("unchecked")
    private static boolean put(Map<String, Object> tree, String path, String value) {
        String[] parts = path.split("\\.");
        Map<String, Object> node = tree;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            int br = part.indexOf('[');
            boolean last = i == parts.length - 1;
            if (br >= 0) {
                String name = part.substring(0, br);
                String id = part.substring(br + 1, part.length() - 1);
                if (id.chars().allMatch(Character::isDigit)) {
                    return false;
                }
                Map<String, Object> list = (Map<String, Object>) node.computeIfAbsent(name + "[]",
                        k -> new LinkedHashMap<>());
                node = (Map<String, Object>) list.computeIfAbsent(id, k -> new LinkedHashMap<>());
                if (last) {
                    return false;
                }
            } else if (last) {
                node.put(part, value);
            } else {
                node = (Map<String, Object>) node.computeIfAbsent(part, k -> new LinkedHashMap<>());
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static void emit(StringBuilder b, Map<String, Object> node, int indent) {
        String pad = " ".repeat(indent);
        for (Map.Entry<String, Object> e : node.entrySet()) {
            if (e.getKey().endsWith("[]")) {
                b.append(pad).append(e.getKey(), 0, e.getKey().length() - 2).append(":\n");
                for (Map.Entry<String, Object> item : ((Map<String, Object>) e.getValue()).entrySet()) {
                    b.append(pad).append("  - id: ").append(quote(item.getKey())).append('\n');
                    emit(b, (Map<String, Object>) item.getValue(), indent + 4);
                }
            } else if (e.getValue() instanceof Map<?, ?> m) {
                b.append(pad).append(e.getKey()).append(":\n");
                emit(b, (Map<String, Object>) m, indent + 2);
            } else {
                b.append(pad).append(e.getKey()).append(": ").append(e.getValue()).append('\n');
            }
        }
    }

    private static String quote(String s) {
        return s.matches("[A-Za-z0-9_./-]+") ? s : "\"" + s.replace("\"", "\\\"") + "\"";
    }

    private static CSVPrinter printer(Path file) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, Csv.FORMAT);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v);
    }
}
