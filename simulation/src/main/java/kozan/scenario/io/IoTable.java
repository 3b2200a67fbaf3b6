package kozan.scenario.io;

import java.nio.file.Path;
import java.util.List;
import kozan.scenario.IoTableSpec;

/**
 * An input-output table with everything the model needs, derived from the transactions (MODEL 3.8).
 * Immutable: arrays are copied in and out; use the element accessors in hot loops.
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
 * @param valueAddedRatios           gross value added / X_j, share
 * @param householdConsumptionShares private consumption by sector / total private consumption, share
 * @param compensationPerEmployeeYen average annual compensation per employee used below, JPY/yr per person
 * @param employmentCoefficients     employees per million JPY of annual output (derived: compensation ratio
 *                                   x 1e6 / compensation per employee; self-employed and family workers missing)
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
        double compensationPerEmployeeYen,
        double[] employmentCoefficients) {

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
        employmentCoefficients = vector(employmentCoefficients, n, "employment coefficients");
        if (!(compensationPerEmployeeYen > 0)) {
            throw new IllegalArgumentException("IO table " + name + ": compensation per employee must be > 0 JPY/yr, got "
                    + compensationPerEmployeeYen);
        }
    }

    /** Loads a bundled table by name or a directory (relative to the scenario's directory) with the default compensation. */
    public static IoTable load(String nameOrDir, Path scenarioDir) {
        return IoTableReader.read(nameOrDir, scenarioDir, IoTableReader.DEFAULT_COMPENSATION_PER_EMPLOYEE_YEN);
    }

    /** Loads the table named in the scenario, with the scenario's compensation per employee. */
    public static IoTable load(IoTableSpec spec, Path scenarioDir) {
        return IoTableReader.read(spec.table(), scenarioDir, spec.compensationPerEmployeeYen());
    }

    /**
     * A bundled table by name, with the given compensation per employee (JPY/yr). No file-system access, so the
     * model may call it; directory tables must be loaded by the caller with {@link #load(IoTableSpec, Path)}.
     */
    public static IoTable bundled(String name, double compensationPerEmployeeYen) {
        if (!BUNDLED.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a bundled IO table " + BUNDLED
                    + "; load a table directory with IoTable.load and pass it in");
        }
        // immutable, so one copy per (name, compensation) serves every replication and thread
        return BUNDLED_CACHE.computeIfAbsent(name + "@" + compensationPerEmployeeYen,
                k -> IoTableReader.read(name, null, compensationPerEmployeeYen));
    }

    private static final java.util.concurrent.ConcurrentMap<String, IoTable> BUNDLED_CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

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

    public double valueAddedRatio(int i) {
        return valueAddedRatios[i];
    }

    public double householdConsumptionShare(int i) {
        return householdConsumptionShares[i];
    }

    /**
     * Domestic employees directly employed per million JPY of household consumption spending (per year):
     * sum_i share_i (1 - m_i) e_i. Imported consumption goods employ nobody in Japan, hence (1 - m_i).
     * Used to turn local household spending into induced-service vacancies.
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
     * jobs into induced value added.
     */
    public double householdSpendingValueAddedRatio() {
        double sum = 0.0;
        for (int i = 0; i < size(); i++) {
            sum += householdConsumptionShares[i] * (1.0 - importCoefficients[i]) * valueAddedRatios[i];
        }
        return sum;
    }

    /** Same table with employment coefficients re-derived for another compensation per employee (JPY/yr). */
    public IoTable withCompensationPerEmployee(double yenPerYear) {
        return new IoTable(name, sectorCodes, sectorNames, outputMillionYen, inputCoefficients, importCoefficients,
                domesticCoefficients, leontiefInverse, compensationRatios, valueAddedRatios, householdConsumptionShares,
                yenPerYear, IoTableReader.employmentCoefficients(compensationRatios, yenPerYear));
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
