package kozan.scenario.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Reads a transactions table (billion JPY, MIC layout) and derives every coefficient in {@link IoTable}.
 * Only transactions and sector labels are read: coefficients are derived here so there is one source of truth.
 */
public final class IoTableReader {

    /**
     * Average annual compensation per employee when none is given, JPY/yr: the scenario format's default
     * ({@code io_table.compensation_per_employee_yen}). The best-supported 2015 figure is
     * {@link #COMPENSATION_PER_EMPLOYEE_2015_YEN}; see docs/io-and-labour.md.
     */
    public static final double DEFAULT_COMPENSATION_PER_EMPLOYEE_YEN = 4_800_000.0;

    /**
     * 2015 IO compensation of employees (雇用者所得, incl. employer social contributions and executives' pay)
     * 265,799 bn JPY / 56.40 M employees incl. executives (Labour Force Survey 2015 annual average), JPY/yr.
     * Derived assumption.
     */
    public static final double COMPENSATION_PER_EMPLOYEE_2015_YEN = 4_710_000.0;

    static final String TRANSACTIONS = "transactions_bn_yen.csv";
    static final String SECTORS = "sectors.csv";
    /** Domestic final-demand columns (MIC 輸入係数 denominator together with intermediate demand). */
    private static final List<String> DOMESTIC_FINAL_DEMAND = List.of("ohcc", "hhco", "gvco", "invg", "invp", "stck");
    private static final List<String> IMPORT_COLUMNS = List.of("impo", "imta", "imtx");
    private static final List<String> VALUE_ADDED_ROWS = List.of("ohcr", "epin", "opse", "depr", "idtx", "subs");
    /** Row/column balance tolerance of the transactions, bn JPY (the source balances to 3e-11). */
    private static final double BALANCE_TOLERANCE_BN = 1e-6;

    private IoTableReader() {
    }

    /** Reads a bundled table by name or a table directory; see {@link IoTable#load(String, Path)}. */
    static IoTable read(String nameOrDir, Path scenarioDir, double compensationPerEmployeeYen) {
        if (IoTable.BUNDLED.contains(nameOrDir)) {
            String base = "/kozan/io/" + nameOrDir + "/";
            return derive(nameOrDir, resource(base + SECTORS), resource(base + TRANSACTIONS), compensationPerEmployeeYen);
        }
        Path dir = directory(nameOrDir, scenarioDir);
        if (!Files.isDirectory(dir)) {
            throw new IoTableException("'" + nameOrDir + "' is neither a bundled table " + IoTable.BUNDLED
                    + " nor a table directory (looked at " + dir + ")");
        }
        return derive(dir.toString(), file(dir.resolve(SECTORS)), file(dir.resolve(TRANSACTIONS)), compensationPerEmployeeYen);
    }

    /**
     * Where a table directory name points: relative names are resolved against the scenario's directory (the
     * working directory when scenarioDir is null).
     *
     * @throws IoTableException when the name is blank or not a valid path
     */
    public static Path directory(String nameOrDir, Path scenarioDir) {
        if (nameOrDir.isBlank()) {
            throw new IoTableException("no table named: give a bundled table " + IoTable.BUNDLED + " or a table directory");
        }
        try {
            Path dir = Path.of(nameOrDir);
            return !dir.isAbsolute() && scenarioDir != null ? scenarioDir.resolve(dir) : dir;
        } catch (java.nio.file.InvalidPathException e) {
            throw new IoTableException("'" + nameOrDir + "' is not a valid directory name: " + e.getReason(), e);
        }
    }

    /** Derives the table from sector labels and transactions CSV text; throws {@link IoTableException} when malformed. */
    static IoTable derive(String name, String sectorsCsv, String transactionsCsv, double compensationPerEmployeeYen) {
        List<String[]> sectorRows = IoCsv.parse(sectorsCsv);
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String[] r : sectorRows.subList(Math.min(1, sectorRows.size()), sectorRows.size())) {
            String code = r[0].trim();
            if (code.isEmpty() || codes.contains(code)) {
                throw new IoTableException(SECTORS + ": " + (code.isEmpty() ? "a row has no sector code" : "sector '" + code
                        + "' is listed twice"));
            }
            codes.add(code);
            names.add(r.length > 2 ? r[2].trim() : code);
        }
        if (codes.isEmpty()) {
            throw new IoTableException(SECTORS + ": no sectors (expected a header line and one line per sector: code,name_ja,name_en)");
        }
        int n = codes.size();
        List<String[]> rows = IoCsv.parse(transactionsCsv);
        if (rows.isEmpty()) {
            throw new IoTableException(TRANSACTIONS + ": the file is empty");
        }
        String[] header = rows.get(0);
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int c = 2; c < header.length; c++) {
            col.put(header[c].split(":", 2)[0].trim(), c);
        }
        Map<String, String[]> row = new LinkedHashMap<>();
        for (String[] r : rows.subList(1, rows.size())) {
            row.put(r[0].trim(), r);
        }
        Cells cells = new Cells(row, col);
        double[][] z = new double[n][n];
        double[] output = new double[n];
        for (int j = 0; j < n; j++) {
            output[j] = cells.number("Total", codes.get(j));
            if (!(output[j] > 0)) {
                throw new IoTableException(TRANSACTIONS + ": output (row Total) of sector " + codes.get(j)
                        + " must be > 0, got " + output[j]);
            }
            for (int i = 0; i < n; i++) {
                z[i][j] = cells.number(codes.get(i), codes.get(j));
            }
        }
        double[] consumption = new double[n];
        double[] imports = new double[n];
        double[] domesticDemand = new double[n];
        double[][] valueAdded = new double[VALUE_ADDED_ROWS.size()][n];
        for (int i = 0; i < n; i++) {
            String code = codes.get(i);
            consumption[i] = cells.number(code, "hhco");
            double intermediate = 0.0;
            for (int j = 0; j < n; j++) {
                intermediate += z[i][j];
            }
            double finalDomestic = 0.0;
            for (String k : DOMESTIC_FINAL_DEMAND) {
                finalDomestic += cells.number(code, k);
            }
            double totalFinal = finalDomestic + cells.number(code, "expo");
            double importsNegative = 0.0;
            for (String k : IMPORT_COLUMNS) {
                importsNegative += cells.number(code, k);
            }
            imports[i] = -importsNegative;
            domesticDemand[i] = intermediate + finalDomestic;
            double rowTotal = cells.number(code, "Total");
            checkBalance("row " + code, intermediate + totalFinal + importsNegative, rowTotal);
        }
        for (int k = 0; k < VALUE_ADDED_ROWS.size(); k++) {
            for (int j = 0; j < n; j++) {
                valueAdded[k][j] = cells.number(VALUE_ADDED_ROWS.get(k), codes.get(j));
            }
        }
        for (int j = 0; j < n; j++) {
            double colSum = 0.0;
            for (int i = 0; i < n; i++) {
                colSum += z[i][j];
            }
            for (double[] va : valueAdded) {
                colSum += va[j];
            }
            checkBalance("column " + codes.get(j), colSum, output[j]);
        }
        return build(name, codes, names, z, output, imports, domesticDemand, consumption, valueAdded,
                compensationPerEmployeeYen);
    }

    /** The transactions' cells by row code and column key, each checked to exist and to be a number. */
    private record Cells(Map<String, String[]> rows, Map<String, Integer> columns) {
        double number(String rowCode, String columnKey) {
            String[] r = rows.get(rowCode);
            if (r == null) {
                throw new IoTableException(TRANSACTIONS + ": no row '" + rowCode + "'");
            }
            Integer c = columns.get(columnKey);
            if (c == null) {
                throw new IoTableException(TRANSACTIONS + ": no column '" + columnKey + "' in the header");
            }
            if (c >= r.length) {
                throw new IoTableException(TRANSACTIONS + ": row '" + rowCode + "' has " + r.length
                        + " cells, so it lacks column '" + columnKey + "' (cell " + (c + 1) + ")");
            }
            try {
                return IoCsv.number(r[c], "");
            } catch (IllegalArgumentException e) {
                throw new IoTableException(TRANSACTIONS + ": row '" + rowCode + "', column '" + columnKey
                        + "': not a number: '" + r[c].trim() + "'", e);
            }
        }
    }

    private static IoTable build(String name, List<String> codes, List<String> names, double[][] z, double[] output,
            double[] imports, double[] domesticDemand, double[] consumption, double[][] valueAdded,
            double compensationPerEmployeeYen) {
        int n = codes.size();
        double[][] a = new double[n][n];
        double[][] ad = new double[n][n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            // +0.0 turns the source's "-0.0" imports (construction, public administration) into 0
            m[i] = domesticDemand[i] == 0.0 ? 0.0 : imports[i] / domesticDemand[i] + 0.0;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = z[i][j] / output[j];
                ad[i][j] = (1.0 - m[i]) * a[i][j];
            }
        }
        double[] compensation = new double[n];
        double[] gva = new double[n];
        double[] gvaOfSummedRows = new double[n];
        int epin = VALUE_ADDED_ROWS.indexOf("epin");
        for (int j = 0; j < n; j++) {
            compensation[j] = valueAdded[epin][j] / output[j];
            // The reference value_added_ratios file (and so the national accounts of the published runs) sums the
            // rows' ratios; the induced-spending ratio below was made from the summed rows / X_j. The two agree to
            // the last bit or two, and each keeps its own order so no published number moves.
            double ratios = 0.0;
            double sum = 0.0;
            for (double[] va : valueAdded) {
                ratios += va[j] / output[j];
                sum += va[j];
            }
            gva[j] = ratios;
            gvaOfSummedRows[j] = sum / output[j];
        }
        double consumptionTotal = 0.0;
        for (double c : consumption) {
            consumptionTotal += c;
        }
        double[] shares = new double[n];
        for (int i = 0; i < n; i++) {
            // negative cells (scrap sold by households) are kept so the shares match the published column
            shares[i] = consumption[i] / consumptionTotal;
        }
        double[] outputMillion = new double[n];
        for (int j = 0; j < n; j++) {
            outputMillion[j] = output[j] * 1000.0;
        }
        double[][] leontief;
        try {
            leontief = inverseOfIMinus(ad);
        } catch (IllegalArgumentException e) {
            throw new IoTableException(TRANSACTIONS + ": " + e.getMessage(), e);
        }
        return new IoTable(name, codes, names, outputMillion, a, m, ad, leontief, compensation, gva, shares,
                IoTable.householdSpending(shares, m, gvaOfSummedRows), compensationPerEmployeeYen,
                employmentCoefficients(compensation, compensationPerEmployeeYen), IoTable.DEFAULT_PRICE_INDEX_2025_OVER_2015);
    }

    /** (I - M)^-1 by LU decomposition; throws if I - M is singular (a table where some sector feeds only itself). */
    public static double[][] inverseOfIMinus(double[][] coefficients) {
        int n = coefficients.length;
        double[][] iMinus = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                iMinus[i][j] = (i == j ? 1.0 : 0.0) - coefficients[i][j];
            }
        }
        LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(iMinus, false));
        if (!lu.getSolver().isNonSingular()) {
            throw new IllegalArgumentException("I - A is singular: the IO table has no Leontief inverse");
        }
        RealMatrix inv = lu.getSolver().getInverse();
        return inv.getData();
    }

    /** Employees per million JPY of annual output: compensation ratio x 1e6 JPY / compensation per employee. */
    static double[] employmentCoefficients(double[] compensationRatios, double compensationPerEmployeeYen) {
        double[] e = new double[compensationRatios.length];
        for (int j = 0; j < e.length; j++) {
            e[j] = compensationRatios[j] * 1.0e6 / compensationPerEmployeeYen;
        }
        return e;
    }

    private static void checkBalance(String what, double sum, double total) {
        if (Math.abs(sum - total) > BALANCE_TOLERANCE_BN * Math.max(1.0, Math.abs(total))) {
            throw new IoTableException(TRANSACTIONS + ": " + what + " does not balance: parts sum to " + sum
                    + " bn JPY but the total is " + total);
        }
    }

    private static String resource(String path) {
        try (InputStream in = IoTableReader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled IO file missing from the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }

    private static String file(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new IoTableException("the table directory has no " + p.getFileName());
        }
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IoTableException("cannot read " + p + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }
}
