package kozan.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The derived coefficients must reproduce the reference set's independently derived files (test resources). */
class IoTableTest {

    private static String check(int sectors, String file) {
        try (InputStream in = IoTableTest.class.getResourceAsStream("/kozan/io/check-2015-" + sectors + "/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Matrix body of a "row\col,name_ja,codes..." file. */
    private static double[][] matrix(int sectors, String file) {
        List<String[]> rows = IoCsv.parse(check(sectors, file));
        double[][] m = new double[rows.size() - 1][];
        for (int i = 1; i < rows.size(); i++) {
            String[] r = rows.get(i);
            m[i - 1] = new double[r.length - 2];
            for (int j = 2; j < r.length; j++) {
                m[i - 1][j - 2] = Double.parseDouble(r[j]);
            }
        }
        return m;
    }

    private static double[] column(int sectors, String file, String header) {
        List<String[]> rows = IoCsv.parse(check(sectors, file));
        int c = List.of(rows.get(0)).indexOf(header);
        assertThat(c).as(header).isNotNegative();
        double[] v = new double[rows.size() - 1];
        for (int i = 1; i < rows.size(); i++) {
            v[i - 1] = Double.parseDouble(rows.get(i)[c]);
        }
        return v;
    }

    private static IoTable table(int sectors) {
        return IoTable.load("japan-2015-" + sectors, null);
    }

    private static void assertMatrix(double[][] actual, double[][] expected, double tol) {
        assertThat(actual.length).isEqualTo(expected.length);
        double max = 0.0;
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected.length; j++) {
                max = Math.max(max, Math.abs(actual[i][j] - expected[i][j]));
            }
        }
        assertThat(max).isLessThanOrEqualTo(tol);
    }

    private static void assertVector(double[] actual, double[] expected, double tol) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("entry %d", i).isCloseTo(expected[i], within(tol));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {37, 13})
    void leontiefInverseMatchesReference(int sectors) {
        assertMatrix(table(sectors).leontiefInverse(), matrix(sectors, "leontief_inverse_I-(I-M)A.csv"), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(ints = {37, 13})
    void coefficientsMatchReference(int sectors) {
        IoTable t = table(sectors);
        assertThat(t.size()).isEqualTo(sectors);
        assertMatrix(t.inputCoefficients(), matrix(sectors, "A_total.csv"), 1e-12);
        assertMatrix(t.domesticCoefficients(), matrix(sectors, "A_domestic.csv"), 1e-12);
        assertVector(t.importCoefficients(), column(sectors, "import_coefficients.csv", "import_coefficient"), 1e-12);
        assertVector(t.householdConsumptionShares(), column(sectors, "household_consumption.csv", "share_of_total"), 1e-12);
        assertVector(t.compensationRatios(), column(sectors, "value_added_ratios.csv", "epin_ratio"), 1e-12);
        assertVector(t.valueAddedRatios(), column(sectors, "value_added_ratios.csv", "gross_value_added_ratio"), 1e-12);
        // the total-A inverse too, from the same A: checks that the LU path is not specific to A_d
        assertMatrix(IoTableReader.inverseOfIMinus(t.inputCoefficients()), matrix(sectors, "leontief_inverse_I-A.csv"), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(ints = {37, 13})
    void valueAddedAndCompensationRatiosAreTheReferenceBitForBit(int sectors) {
        IoTable t = table(sectors);
        assertThat(t.valueAddedRatios()).containsExactly(column(sectors, "value_added_ratios.csv", "gross_value_added_ratio"));
        assertThat(t.compensationRatios()).containsExactly(column(sectors, "value_added_ratios.csv", "epin_ratio"));
    }

    @Test
    void nationalAccountsRatiosAreTheOnesThePublishedRunsUsed() {
        IoTable t = table(37);
        // the constants the former IoDefaults2015 hard-coded (mining 06, equipment 30, engineering 66, processing 27)
        assertThat(t.valueAddedRatio("06")).isEqualTo(0.520144118219397);
        assertThat(t.valueAddedRatio("30")).isEqualTo(0.46217465354374876);
        assertThat(t.valueAddedRatio("66")).isEqualTo(0.6253846692286881);
        assertThat(t.valueAddedRatio("27")).isEqualTo(0.24573063377782775);
        assertThat(t.compensationRatio("06")).isEqualTo(0.20524816756396574);
        assertThat(t.compensationRatio("30")).isEqualTo(0.23865054630901325);
        assertThat(t.compensationRatio("66")).isEqualTo(0.3442246984015814);
        assertThat(t.compensationRatio("27")).isEqualTo(0.10089767544584283);
        // induced value added keeps its own derivation (each sector's summed value-added rows / X_i): 2 ulp apart
        assertThat(t.householdSpendingValueAddedRatio()).isEqualTo(0.5812807330098289);
        assertThat(IoTable.householdSpending(t.householdConsumptionShares(), t.importCoefficients(), t.valueAddedRatios()))
                .isEqualTo(0.5812807330098287);
        assertThatThrownBy(() -> t.valueAddedRatio("99")).hasMessageContaining("has no sector '99'");
        assertThat(t.hasSector("66")).isTrue();
        assertThat(t.hasSector("99")).isFalse();
    }

    @Test
    void malformedSectorListsAreRejected() {
        String tx = "row_code,row_name_ja,A:a,Total:x\n";
        assertThatThrownBy(() -> IoTableReader.derive("t", "code,name_ja,name_en\nA,a,A\nA,a,A\n", tx, 4.8e6))
                .isInstanceOf(IoTableException.class).hasMessage("sectors.csv: sector 'A' is listed twice");
        assertThatThrownBy(() -> IoTableReader.derive("t", "code,name_ja,name_en\nA,a,A\n", "", 4.8e6))
                .isInstanceOf(IoTableException.class).hasMessage("transactions_bn_yen.csv: the file is empty");
        assertThatThrownBy(() -> IoTableReader.derive("t", "code,name_ja,name_en\nA,a,A\n", tx, 4.8e6))
                .isInstanceOf(IoTableException.class).hasMessage("transactions_bn_yen.csv: no row 'Total'");
    }

    @Test
    void employmentCoefficientsFollowCompensation() {
        IoTable t = table(37).withCompensationPerEmployee(IoTableReader.COMPENSATION_PER_EMPLOYEE_2015_YEN);
        assertThat(table(37).compensationPerEmployeeYen()).isEqualTo(4.8e6); // the format's default
        int mining = t.index("06");
        // mining: 雇用者所得 173.96 bn / output 847.915 bn = 0.2052; / 4.71 M JPY per employee, per million JPY
        assertThat(t.compensationRatio(mining)).isCloseTo(173.96 / 847.915, within(1e-4));
        assertThat(t.employmentCoefficient(mining)).isCloseTo(0.20525 * 1e6 / 4.71e6, within(1e-5));
        // employment implied for the whole economy: sum_j e_j X_j = compensation total / compensation per employee
        double employees = 0.0;
        double[] x = t.outputMillionYen();
        for (int j = 0; j < t.size(); j++) {
            employees += t.employmentCoefficient(j) * x[j];
        }
        assertThat(employees).isCloseTo(265_799.218e9 / 4.71e6, within(1.0));
        IoTable doubled = t.withCompensationPerEmployee(2 * 4.71e6);
        assertThat(doubled.employmentCoefficient(mining)).isCloseTo(t.employmentCoefficient(mining) / 2, within(1e-15));
        // 0.0475 persons per JPY m/yr of household spending at 4.71 M JPY (docs/io-and-labour.md)
        assertThat(t.householdSpendingEmploymentCoefficient()).isCloseTo(0.047535, within(1e-5));
        assertThat(t.householdSpendingValueAddedRatio()).isBetween(0.5, 0.9);
        assertThat(IoTable.load("japan-2015-37", null, 4.71e6).employmentCoefficient(mining))
                .isEqualTo(t.employmentCoefficient(mining));
    }

    @Test
    void thirteenSectorTableIsTheAggregateOfTheThirtySeven() {
        IoTable t37 = table(37);
        IoTable t13 = table(13);
        double[] x37 = t37.outputMillionYen();
        double sum37 = 0.0;
        for (double v : x37) {
            sum37 += v;
        }
        double sum13 = 0.0;
        for (double v : t13.outputMillionYen()) {
            sum13 += v;
        }
        assertThat(sum13).isCloseTo(sum37, within(13 * 1.0)); // rounding to 0.001 bn = 1 million JPY per cell
        assertThat(t13.sectorNames().get(t13.index("02"))).isEqualTo("Mining");
    }

    @Test
    void loadsADirectoryRelativeToTheScenarioAndRejectsUnknownNames(@TempDir Path dir) throws IOException {
        Path tableDir = Files.createDirectories(dir.resolve("tables/mine"));
        // a 2-sector table: z = [[10, 20], [30, 40]], value added balances columns, no imports
        Files.writeString(tableDir.resolve("sectors.csv"), "code,name_ja,name_en\nA,a,\"Farms, fish\"\nB,b,Plants\n");
        Files.writeString(tableDir.resolve("transactions_bn_yen.csv"), String.join("\n",
                "row_code,row_name_ja,A:a,B:b,ohcc:x,hhco:x,gvco:x,invg:x,invp:x,stck:x,expo:x,impo:x,imta:x,imtx:x,Total:x",
                "A,a,10,20,0,70,0,0,0,0,0,0,0,0,100",
                "B,b,30,40,0,130,0,0,0,0,0,0,0,0,200",
                "ohcr,x,0,0", "epin,x,50,70", "opse,x,10,70", "depr,x,0,0", "idtx,x,0,0", "subs,x,0,0",
                "Total,x,100,200,0,200,0,0,0,0,0,0,0,0,300", ""));
        IoTable t = IoTable.load("tables/mine", dir);
        assertThat(t.sectorNames()).containsExactly("Farms, fish", "Plants");
        assertThat(t.a(1, 0)).isEqualTo(0.3);
        assertThat(t.a(0, 1)).isEqualTo(0.1);
        // (I - A)^-1 for A = [[0.1, 0.1], [0.3, 0.2]]: det = 0.9*0.8 - 0.1*0.3 = 0.69
        assertThat(t.leontief(0, 0)).isCloseTo(0.8 / 0.69, within(1e-14));
        assertThat(t.leontief(1, 0)).isCloseTo(0.3 / 0.69, within(1e-14));
        assertThat(t.householdConsumptionShare(1)).isEqualTo(0.65);
        assertThatThrownBy(() -> IoTable.load("japan-2099", dir)).isInstanceOf(IoTableException.class).hasMessageContaining("neither a bundled table");
    }

    @Test
    void rejectsUnbalancedTransactions(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sectors.csv"), "code,name_ja,name_en\nA,a,A\n");
        Files.writeString(dir.resolve("transactions_bn_yen.csv"), String.join("\n",
                "row_code,row_name_ja,A:a,ohcc:x,hhco:x,gvco:x,invg:x,invp:x,stck:x,expo:x,impo:x,imta:x,imtx:x,Total:x",
                "A,a,10,0,80,0,0,0,0,0,0,0,0,100",
                "ohcr,x,0", "epin,x,50", "opse,x,40", "depr,x,0", "idtx,x,0", "subs,x,0", "Total,x,100", ""));
        assertThatThrownBy(() -> IoTable.load(dir.toString(), null)).hasMessageContaining("row A does not balance");
    }
}
