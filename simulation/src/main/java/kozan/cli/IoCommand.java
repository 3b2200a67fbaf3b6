package kozan.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import kozan.scenario.io.IoMultipliers;
import kozan.scenario.io.IoTable;
import kozan.scenario.io.IoTableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kozan io}: the bundled input-output tables. {@code kozan io multipliers} prints, per sector, the Type I and
 * Type II output, employment and income multipliers of the bundled 2015 table (docs/io-and-labour.md, "Multipliers";
 * docs/design/jobs-issue-13.md section 4), from {@link IoMultipliers}.
 */
@Command(name = "io", mixinStandardHelpOptions = true,
        description = {"Print multipliers of the bundled 2015 input-output tables (kozan io multipliers).",
                "Subcommand: multipliers [--sectors 13|37] [--csv]."},
        subcommands = {IoCommand.Multipliers.class})
final class IoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** {@code kozan io} alone: which subcommand is missing, and the usage; bad input. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: kozan io needs a subcommand: multipliers");
        spec.commandLine().usage(err);
        err.flush();
        return Errors.BAD_INPUT;
    }

    /** {@code kozan io multipliers}: one row per sector of the 13- or 37-sector 2015 table. */
    @Command(name = "multipliers", mixinStandardHelpOptions = true,
            description = {"Type I and Type II output, employment and income multipliers per IO sector of the bundled "
                    + "2015 table of Japan (MIC), and jobs per JPY bn of final demand.",
                    "Money is in 2015 yen (the table's prices); for jobs per JPY bn of 2025 yen divide by 1.12 (GDP "
                            + "deflator 2025/2015, docs/io-and-labour.md). Employment: compensation ratio x 1e6 / 4.71 M JPY per "
                            + "employee (2015); Type II closes households with consumption propensity 0.7."})
    static final class Multipliers implements Callable<Integer> {

        /** Households' consumption propensity out of compensation for Type II (the scenario format's default). */
        static final double PROPENSITY = 0.7;

        @Spec
        CommandSpec spec;

        @Option(names = "--sectors", paramLabel = "13|37", defaultValue = "37",
                description = "Sector detail of the table: 13 or 37 (default ${DEFAULT-VALUE}).")
        int sectors;

        @Option(names = "--csv", description = "Print CSV (one header line, unrounded values) instead of the aligned table.")
        boolean csv;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (sectors != 13 && sectors != 37) {
                err.println("error: --sectors " + sectors + ": the bundled tables have 13 or 37 sectors (allowed: 13, 37)");
                err.flush();
                return Errors.BAD_INPUT;
            }
            IoTable table = IoTable.load("japan-2015-" + sectors, null, IoTableReader.COMPENSATION_PER_EMPLOYEE_2015_YEN);
            IoMultipliers m = new IoMultipliers(table, PROPENSITY);
            if (csv) {
                printCsv(table, m, out);
            } else {
                printTable(table, m, out);
            }
            out.flush();
            return Errors.OK;
        }

        static final String[] CSV_HEADER = {"sector", "name", "output_2015_bn_yen", "direct_jobs_per_bn_yen",
            "output_multiplier_type_i", "output_multiplier_type_ii", "jobs_per_bn_yen_type_i", "jobs_per_bn_yen_type_ii",
            "employment_multiplier_type_i", "employment_multiplier_type_ii", "income_multiplier_type_i",
            "income_multiplier_type_ii"};

        /** The values of sector j in {@link #CSV_HEADER} order after the code and name. */
        static double[] values(IoTable t, IoMultipliers m, int j) {
            return new double[] {t.outputMillionYen()[j] / 1000.0, 1000.0 * t.employmentCoefficient(j),
                m.typeIOutputMultiplier(j), m.typeIIOutputMultiplier(j),
                1000.0 * m.typeIJobsPerMillionYen(j), 1000.0 * m.typeIIJobsPerMillionYen(j),
                m.typeIEmploymentMultiplier(j), m.typeIIEmploymentMultiplier(j),
                m.typeIIncomeMultiplier(j), m.typeIIIncomeMultiplier(j)};
        }

        private static void printCsv(IoTable t, IoMultipliers m, PrintWriter out) {
            out.println(String.join(",", CSV_HEADER));
            for (int j = 0; j < t.size(); j++) {
                StringBuilder line = new StringBuilder(t.sectorCodes().get(j)).append(',')
                        .append(quote(t.sectorNames().get(j)));
                for (double v : values(t, m, j)) {
                    line.append(',').append(Double.isNaN(v) ? "" : Double.toString(v)); // undefined: an empty cell
                }
                out.println(line);
            }
        }

        /** A multiplier with two decimals; "n/a" for a sector without employees of its own (office supplies). */
        private static String ratio(double v) {
            return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
        }

        private static String quote(String s) {
            return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }

        private static void printTable(IoTable t, IoMultipliers m, PrintWriter out) {
            out.printf(Locale.ROOT, "Multipliers of the %d-sector input-output table of Japan, 2015 (MIC), per JPY of "
                    + "final demand for the sector.%n", t.size());
            out.printf(Locale.ROOT, "Money in 2015 yen; jobs = persons employed per year per JPY bn (2015) of final "
                    + "demand, at 4.71 M JPY compensation per employee; Type II: households closed, propensity %.1f.%n",
                    PROPENSITY);
            out.printf(Locale.ROOT, "Employment multiplier = jobs in the economy per job in the sector; income multiplier "
                    + "= compensation in the economy per JPY of the sector's own (n/a: the sector has none).%n%n");
            int nameWidth = 4;
            for (String n : t.sectorNames()) {
                nameWidth = Math.max(nameWidth, Math.min(n.length(), 36));
            }
            String head = "%-3s %-" + nameWidth + "s %10s %8s | %7s %7s | %8s %8s | %6s %6s | %6s %6s%n";
            out.printf(Locale.ROOT, head, "", "", "output", "direct", "output", "output", "jobs/bn", "jobs/bn",
                    "empl.", "empl.", "income", "income");
            out.printf(Locale.ROOT, head, "", "", "2015", "jobs", "mult.", "mult.", "", "", "mult.", "mult.",
                    "mult.", "mult.");
            out.printf(Locale.ROOT, head, "IO", "sector", "(JPY bn)", "per bn", "Type I", "Type II", "Type I",
                    "Type II", "I", "II", "I", "II");
            String row = "%-3s %-" + nameWidth + "s %10.1f %8.1f | %7.3f %7.3f | %8.1f %8.1f | %6s %6s | %6s %6s%n";
            for (int j = 0; j < t.size(); j++) {
                String name = t.sectorNames().get(j);
                if (name.length() > nameWidth) {
                    name = name.substring(0, nameWidth - 1) + "~";
                }
                double[] v = values(t, m, j);
                out.printf(Locale.ROOT, row, t.sectorCodes().get(j), name, v[0], v[1], v[2], v[3], v[4], v[5],
                        ratio(v[6]), ratio(v[7]), ratio(v[8]), ratio(v[9]));
            }
        }
    }
}
