package kozan.scenario.io;

import java.nio.file.Path;
import java.util.List;

/**
 * An input-output table with everything the model needs, derived from the transactions (docs/io-and-labour.md).
 * A model input: the scenario loader reads the table a scenario names ({@code io_table}) once, checks every sector
 * code the scenario uses against it, and the loaded scenario carries it to every replication. Immutable: arrays
 * are copied in and out; use the element accessors in hot loops.
 *
 * @param name                       bundled table name or the directory it was read from
 * @param sectorCodes                sector codes in table order (e.g. "06" mining)
 * @param sectorNames                English sector labels
 * @param outputMillionYen           domestic output X_j, million JPY per year (2015)
 * @param inputCoefficients          A (total, includes imported inputs): a_ij = z_ij / X_j, JPY per JPY of output
 * @param importCoefficients         m_i = imports_i / (intermediate + domestic final demand)_i, share
 * @param domesticCoefficients       A_d = (I - M)A, domestic inputs per JPY of output
 * @param leontiefInverse            (I - A_d)^-1, domestic output per JPY of final demand
 * @param compensationRatios         compensation of employees (雇用者所得) / X_j, share
 * @param valueAddedRatios           gross value added / X_j, share: the sum of the six value-added rows' ratios
 *                                   (each row / X_j, summed in row order), as the reference value_added_ratios
 *                                   file defines it
 * @param householdConsumptionShares private consumption by sector / total private consumption, share
 * @param householdSpendingValueAddedRatio domestic gross value added generated directly per JPY of household
 *                                   consumption spending, share (see {@link #householdSpendingValueAddedRatio()})
 * @param compensationPerEmployeeYen average annual compensation per employee used below, JPY/yr per person
 * @param employmentCoefficients     employees per million JPY of annual output (derived: compensation ratio
 *                                   x 1e6 / compensation per employee; self-employed and family workers missing)
 * @param priceIndex2025Over2015     P2025 / P2015, the GDP deflator ratio that turns the table's 2015 yen into the
 *                                   model's constant 2025 yen ({@code io_table.price_index_2025_over_2015},
 *                                   docs/design/jobs-issue-13.md section 5.2)
 */
public record IoTable(
        String name,
        List<String> sectorCodes,
        List<String> sectorNames,
        double[] outputMillionYen,
        double[][] inputCoefficients,
        double[] importCoefficients,
        double[][] domesticCoefficients,
        double[][] leontiefInverse,
        double[] compensationRatios,
        double[] valueAddedRatios,
        double[] householdConsumptionShares,
        double householdSpendingValueAddedRatio,
        double compensationPerEmployeeYen,
        double[] employmentCoefficients,
        double priceIndex2025Over2015) {

    /** P2025 / P2015 when a scenario does not set it: GDP deflator ratio, derived (M), design section 5.2. */
    public static final double DEFAULT_PRICE_INDEX_2025_OVER_2015 = 1.12;

    /** Bundled table names (classpath kozan/io/NAME/). */
    public static final List<String> BUNDLED = List.of("japan-2015-37", "japan-2015-13");

    public IoTable {
        sectorCodes = List.copyOf(sectorCodes);
        sectorNames = List.copyOf(sectorNames);
        int n = sectorCodes.size();
        if (sectorNames.size() != n) {
            throw new IllegalArgumentException("IO table " + name + ": " + n + " codes but " + sectorNames.size() + " names");
        }
        outputMillionYen = vector(outputMillionYen, n, "output");
        inputCoefficients = matrix(inputCoefficients, n, "A");
        importCoefficients = vector(importCoefficients, n, "import coefficients");
        domesticCoefficients = matrix(domesticCoefficients, n, "A_d");
        leontiefInverse = matrix(leontiefInverse, n, "Leontief inverse");
        compensationRatios = vector(compensationRatios, n, "compensation ratios");
        valueAddedRatios = vector(valueAddedRatios, n, "value-added ratios");
        householdConsumptionShares = vector(householdConsumptionShares, n, "household consumption shares");
        if (!Double.isFinite(householdSpendingValueAddedRatio)) {
            throw new IllegalArgumentException("IO table " + name + ": household-spending value-added ratio must be finite");
        }
        employmentCoefficients = vector(employmentCoefficients, n, "employment coefficients");
        if (!(priceIndex2025Over2015 > 0) || Double.isInfinite(priceIndex2025Over2015)) {
            throw new IllegalArgumentException("IO table " + name + ": price index 2025/2015 must be > 0 and finite, got "
                    + priceIndex2025Over2015);
        }
        if (!(compensationPerEmployeeYen > 0)) {
            throw new IllegalArgumentException("IO table " + name + ": compensation per employee must be > 0 JPY/yr, got "
                    + compensationPerEmployeeYen);
        }
    }

    /**
     * Tables built in code (tests, fixtures): the household-spending value-added ratio is derived from the given
     * value-added ratios. Tables read from files come from {@link IoTableReader}, which derives it from the
     * transactions directly.
     */
    public IoTable(String name, List<String> sectorCodes, List<String> sectorNames, double[] outputMillionYen,
            double[][] inputCoefficients, double[] importCoefficients, double[][] domesticCoefficients,
            double[][] leontiefInverse, double[] compensationRatios, double[] valueAddedRatios,
            double[] householdConsumptionShares, double compensationPerEmployeeYen, double[] employmentCoefficients) {
        this(name, sectorCodes, sectorNames, outputMillionYen, inputCoefficients, importCoefficients,
                domesticCoefficients, leontiefInverse, compensationRatios, valueAddedRatios, householdConsumptionShares,
                householdSpending(householdConsumptionShares, importCoefficients, valueAddedRatios),
                compensationPerEmployeeYen, employmentCoefficients, DEFAULT_PRICE_INDEX_2025_OVER_2015);
    }

    /**
     * Reads a bundled table by name, or a table directory (relative to scenarioDir, or to the working directory
     * when scenarioDir is null), with the format's default compensation per employee. Reads files on every call:
     * the scenario loader resolves a scenario's table once and the loaded scenario owns it.
     *
     * @throws IoTableException when the name is unknown or the files are missing or malformed
     */
    public static IoTable load(String nameOrDir, Path scenarioDir) {
        return IoTableReader.read(nameOrDir, scenarioDir, IoTableReader.DEFAULT_COMPENSATION_PER_EMPLOYEE_YEN);
    }

    /** As {@link #load(String, Path)}, with a compensation per employee (JPY/yr) for the employment coefficients. */
    public static IoTable load(String nameOrDir, Path scenarioDir, double compensationPerEmployeeYen) {
        return IoTableReader.read(nameOrDir, scenarioDir, compensationPerEmployeeYen);
    }

    /** Whether the table has a sector with this code. */
    public boolean hasSector(String code) {
        return sectorCodes.contains(code);
    }

    public int size() {
        return sectorCodes.size();
    }

    /** Index of a sector code; throws naming the known codes when absent. */
    public int index(String code) {
        int i = sectorCodes.indexOf(code);
        if (i < 0) {
            throw new IllegalArgumentException("IO table " + name + " has no sector '" + code + "'; sectors: " + sectorCodes);
        }
        return i;
    }

    public double a(int i, int j) {
        return inputCoefficients[i][j];
    }

    public double aDomestic(int i, int j) {
        return domesticCoefficients[i][j];
    }

    public double leontief(int i, int j) {
        return leontiefInverse[i][j];
    }

    public double importCoefficient(int i) {
        return importCoefficients[i];
    }

    /** Employees per million JPY of annual output of sector i. */
    public double employmentCoefficient(int i) {
        return employmentCoefficients[i];
    }

    public double compensationRatio(int i) {
        return compensationRatios[i];
    }

    /** Gross value added per JPY of output of sector i. */
    public double valueAddedRatio(int i) {
        return valueAddedRatios[i];
    }

    /** Gross value added per JPY of output of a sector, by code (e.g. "06" mining); throws when the code is absent. */
    public double valueAddedRatio(String sectorCode) {
        return valueAddedRatios[index(sectorCode)];
    }

    /** Compensation of employees per JPY of output of a sector, by code; throws when the code is absent. */
    public double compensationRatio(String sectorCode) {
        return compensationRatios[index(sectorCode)];
    }

    public double householdConsumptionShare(int i) {
        return householdConsumptionShares[i];
    }

    /**
     * Domestic employees directly employed per million JPY of household consumption spending (per year):
     * sum_i share_i (1 - m_i) e_i. Imported consumption goods employ nobody in Japan, hence (1 - m_i).
     * A summary figure of the table (docs/io-and-labour.md); induced jobs come from the household-closed model.
     */
    public double householdSpendingEmploymentCoefficient() {
        double sum = 0.0;
        for (int i = 0; i < size(); i++) {
            sum += householdConsumptionShares[i] * (1.0 - importCoefficients[i]) * employmentCoefficients[i];
        }
        return sum;
    }

    /**
     * Domestic gross value added generated directly per JPY of household consumption spending: sum_i share_i
     * (1 - m_i) x value-added ratio_i. With {@link #householdSpendingEmploymentCoefficient()} it turns induced
     * jobs into induced value added. (Tables read from files derive it with each sector's ratio taken as the sum of
     * its value-added rows / X_i, which can differ from {@link #valueAddedRatio(int)} in the last bit; the published
     * runs were made that way.)
     */
    @Override
    public double householdSpendingValueAddedRatio() {
        return householdSpendingValueAddedRatio;
    }

    /** sum_i share_i (1 - m_i) x value-added ratio_i, in sector order. */
    static double householdSpending(double[] shares, double[] importCoefficients, double[] valueAddedRatios) {
        double sum = 0.0;
        for (int i = 0; i < shares.length; i++) {
            sum += shares[i] * (1.0 - importCoefficients[i]) * valueAddedRatios[i];
        }
        return sum;
    }

    /** Same table with employment coefficients re-derived for another compensation per employee (JPY/yr). */
    public IoTable withCompensationPerEmployee(double yenPerYear) {
        return new IoTable(name, sectorCodes, sectorNames, outputMillionYen, inputCoefficients, importCoefficients,
                domesticCoefficients, leontiefInverse, compensationRatios, valueAddedRatios, householdConsumptionShares,
                householdSpendingValueAddedRatio, yenPerYear, IoTableReader.employmentCoefficients(compensationRatios, yenPerYear),
                priceIndex2025Over2015);
    }

    /** Same table with another price index P2025 / P2015 (the scenario's {@code io_table.price_index_2025_over_2015}). */
    public IoTable withPriceIndex(double p2025OverP2015) {
        return new IoTable(name, sectorCodes, sectorNames, outputMillionYen, inputCoefficients, importCoefficients,
                domesticCoefficients, leontiefInverse, compensationRatios, valueAddedRatios, householdConsumptionShares,
                householdSpendingValueAddedRatio, compensationPerEmployeeYen, employmentCoefficients, p2025OverP2015);
    }

    /**
     * kappa = P2015 / P2025: table yen (2015 prices) per model yen (constant 2025 prices). Jobs per model yen are
     * the employment coefficient x kappa (design section 5.2).
     */
    public double deflator2015To2025() {
        return 1.0 / priceIndex2025Over2015;
    }

    @Override
    public double[] outputMillionYen() {
        return outputMillionYen.clone();
    }

    @Override
    public double[][] inputCoefficients() {
        return copy(inputCoefficients);
    }

    @Override
    public double[] importCoefficients() {
        return importCoefficients.clone();
    }

    @Override
    public double[][] domesticCoefficients() {
        return copy(domesticCoefficients);
    }

    @Override
    public double[][] leontiefInverse() {
        return copy(leontiefInverse);
    }

    @Override
    public double[] compensationRatios() {
        return compensationRatios.clone();
    }

    @Override
    public double[] valueAddedRatios() {
        return valueAddedRatios.clone();
    }

    @Override
    public double[] householdConsumptionShares() {
        return householdConsumptionShares.clone();
    }

    @Override
    public double[] employmentCoefficients() {
        return employmentCoefficients.clone();
    }

    // Record equality would compare array identity; tables are compared by name and content when needed.
    @Override
    public boolean equals(Object o) {
        return o instanceof IoTable t && name.equals(t.name) && sectorCodes.equals(t.sectorCodes)
                && java.util.Arrays.deepEquals(domesticCoefficients, t.domesticCoefficients)
                && java.util.Arrays.equals(employmentCoefficients, t.employmentCoefficients);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + sectorCodes.hashCode();
    }

    @Override
    public String toString() {
        return "IoTable[" + name + ", " + size() + " sectors, compensation " + compensationPerEmployeeYen + " JPY/yr]";
    }

    private static double[] vector(double[] v, int n, String what) {
        if (v == null || v.length != n) {
            throw new IllegalArgumentException("IO table: " + what + " must have " + n + " entries");
        }
        for (double x : v) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("IO table: " + what + " has a non-finite entry " + x);
            }
        }
        return v.clone();
    }

    private static double[][] matrix(double[][] m, int n, String what) {
        if (m == null || m.length != n) {
            throw new IllegalArgumentException("IO table: " + what + " must be " + n + "x" + n);
        }
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++) {
            c[i] = vector(m[i], n, what + " row " + i);
        }
        return c;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
