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

    static IoTable read(String nameOrDir, Path scenarioDir, double compensationPerEmployeeYen) {
        if (IoTable.BUNDLED.contains(nameOrDir)) {
            String base = "/kozan/io/" + nameOrDir + "/";
            return derive(nameOrDir, resource(base + SECTORS), resource(base + TRANSACTIONS), compensationPerEmployeeYen);
        }
        Path dir = Path.of(nameOrDir);
        if (!dir.isAbsolute() && scenarioDir != null) {
            dir = scenarioDir.resolve(dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("io_table.table: '" + nameOrDir + "' is neither a bundled table "
                    + IoTable.BUNDLED + " nor a directory (looked at " + dir + ")");
        }
        return derive(dir.toString(), file(dir.resolve(SECTORS)), file(dir.resolve(TRANSACTIONS)), compensationPerEmployeeYen);
    }

    /** Derives the table from sector labels and transactions CSV text. */
    static IoTable derive(String name, String sectorsCsv, String transactionsCsv, double compensationPerEmployeeYen) {
        List<String[]> sectorRows = IoCsv.parse(sectorsCsv);
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String[] r : sectorRows.subList(1, sectorRows.size())) {
            codes.add(r[0].trim());
            names.add(r.length > 2 ? r[2].trim() : r[0].trim());
        }
        int n = codes.size();
        List<String[]> rows = IoCsv.parse(transactionsCsv);
        String[] header = rows.get(0);
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int c = 2; c < header.length; c++) {
            col.put(header[c].split(":", 2)[0].trim(), c);
        }
        Map<String, String[]> row = new LinkedHashMap<>();
        for (String[] r : rows.subList(1, rows.size())) {
            row.put(r[0].trim(), r);
        }
        double[][] z = new double[n][n];
        double[] output = new double[n];
        String[] totalRow = require(row, "Total", name);
        for (int j = 0; j < n; j++) {
            int cj = column(col, codes.get(j), name);
            output[j] = IoCsv.number(totalRow[cj], name + " Total/" + codes.get(j));
            if (!(output[j] > 0)) {
                throw new IllegalArgumentException(name + ": output of sector " + codes.get(j) + " must be > 0, got " + output[j]);
            }
            for (int i = 0; i < n; i++) {
                z[i][j] = IoCsv.number(require(row, codes.get(i), name)[cj], name + " " + codes.get(i) + "/" + codes.get(j));
            }
        }
        double[] consumption = new double[n];
        double[] imports = new double[n];
        double[] domesticDemand = new double[n];
        double[][] valueAdded = new double[VALUE_ADDED_ROWS.size()][n];
        for (int i = 0; i < n; i++) {
            String[] r = row.get(codes.get(i));
            String code = codes.get(i);
            consumption[i] = IoCsv.number(r[column(col, "hhco", name)], name + " " + code + "/hhco");
            double intermediate = 0.0;
            for (int j = 0; j < n; j++) {
                intermediate += z[i][j];
            }
            double finalDomestic = 0.0;
            for (String k : DOMESTIC_FINAL_DEMAND) {
                finalDomestic += IoCsv.number(r[column(col, k, name)], name + " " + code + "/" + k);
            }
            double totalFinal = finalDomestic + IoCsv.number(r[column(col, "expo", name)], name + " " + code + "/expo");
            double importsNegative = 0.0;
            for (String k : IMPORT_COLUMNS) {
                importsNegative += IoCsv.number(r[column(col, k, name)], name + " " + code + "/" + k);
            }
            imports[i] = -importsNegative;
            domesticDemand[i] = intermediate + finalDomestic;
            double rowTotal = IoCsv.number(r[column(col, "Total", name)], name + " " + code + "/Total");
            checkBalance(name, "row " + code, intermediate + totalFinal + importsNegative, rowTotal);
        }
        for (int k = 0; k < VALUE_ADDED_ROWS.size(); k++) {
            String[] r = require(row, VALUE_ADDED_ROWS.get(k), name);
            for (int j = 0; j < n; j++) {
                valueAdded[k][j] = IoCsv.number(r[column(col, codes.get(j), name)], name + " " + VALUE_ADDED_ROWS.get(k));
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
            checkBalance(name, "column " + codes.get(j), colSum, output[j]);
        }
        return build(name, codes, names, z, output, imports, domesticDemand, consumption, valueAdded,
                compensationPerEmployeeYen);
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
        int epin = VALUE_ADDED_ROWS.indexOf("epin");
        for (int j = 0; j < n; j++) {
            compensation[j] = valueAdded[epin][j] / output[j];
            double sum = 0.0;
            for (double[] va : valueAdded) {
                sum += va[j];
            }
            gva[j] = sum / output[j];
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
        return new IoTable(name, codes, names, outputMillion, a, m, ad, inverseOfIMinus(ad), compensation, gva,
                shares, compensationPerEmployeeYen, employmentCoefficients(compensation, compensationPerEmployeeYen));
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

    private static void checkBalance(String name, String what, double sum, double total) {
        if (Math.abs(sum - total) > BALANCE_TOLERANCE_BN * Math.max(1.0, Math.abs(total))) {
            throw new IllegalArgumentException(name + ": " + what + " does not balance: parts sum to " + sum
                    + " bn JPY but the total is " + total);
        }
    }

    private static String[] require(Map<String, String[]> rows, String code, String name) {
        String[] r = rows.get(code);
        if (r == null) {
            throw new IllegalArgumentException(name + ": transactions have no row '" + code + "'");
        }
        return r;
    }

    private static int column(Map<String, Integer> col, String key, String name) {
        Integer c = col.get(key);
        if (c == null) {
            throw new IllegalArgumentException(name + ": transactions have no column '" + key + "'");
        }
        return c;
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
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading IO table file " + p, e);
        }
    }
}
