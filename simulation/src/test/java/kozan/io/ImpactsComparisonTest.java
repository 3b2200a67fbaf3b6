package kozan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * impacts.csv of a comparison: paired mean differences (scenario - baseline) per column and the paired 95% CI of
 * the employment difference, by hand.
 */
class ImpactsComparisonTest {

    @TempDir
    Path tmp;

    static final String HEADER = String.join(",", ImpactsCsv.HEADER) + "\n";

    Path table(String name, String rows) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve(ImpactsCsv.FILE), HEADER + rows);
        return dir;
    }

    @Test
    void pairedMeanDifferencesAndTheEmploymentCi() throws Exception {
        Path a = table("a", """
                0,2025,,,direct,10,1000,50,70
                0,2025,kanto,30,indirect,5,1,1,1
                1,2025,,,direct,20,2000,50,70
                1,2025,kanto,30,indirect,5,1,1,1
                2,2025,,,direct,30,3000,50,70
                2,2025,kanto,30,indirect,5,1,1,1
                """);
        Path b = table("b", """
                0,2025,,,direct,13,1100,50,80
                1,2025,,,direct,26,2200,50,80
                2,2025,,,direct,39,3300,50,80
                3,2025,,,direct,999,999,999,999
                """);
        Path out = tmp.resolve("impacts-cmp.csv");
        assertThat(ImpactsComparison.write(a, b, Set.of(), out)).isTrue();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("year,region,industry,effect,employment,labour_income_yen,value_added_yen,"
                + "output_yen,employment_ci_low,employment_ci_high");
        // replication 3 has no baseline: left out. Employment differences 3, 6, 9: mean 6, sd 3,
        // half width t(0.975, 2) x 3 / sqrt(3) = 4.302653 x 1.732051 = 7.452413 -> [-1.452413, 13.452413].
        // Labour income 100, 200, 300 -> 200; value added 0; output 10 each -> 10.
        Map<ImpactsComparison.Key, ImpactsComparison.Row> rows = byKey(ImpactsComparison.compare(
                ImpactsComparison.read(a.resolve(ImpactsCsv.FILE), Set.of()),
                ImpactsComparison.read(b.resolve(ImpactsCsv.FILE), Set.of())));
        ImpactsComparison.Row direct = rows.get(new ImpactsComparison.Key(2025, "", "", "direct"));
        assertThat(direct.meanDifference()).containsExactly(new double[] {6, 200, 0, 10}, within(1e-9));
        assertThat(direct.employmentCiLow()).isCloseTo(-1.452413, within(1e-6));
        assertThat(direct.employmentCiHigh()).isCloseTo(13.452413, within(1e-6));
        // a row only the baseline wrote counts 0 in the scenario: -5 in every pair, CI of zero width
        ImpactsComparison.Row machinery = rows.get(new ImpactsComparison.Key(2025, "kanto", "30", "indirect"));
        assertThat(machinery.meanDifference()).containsExactly(new double[] {-5, -1, -1, -1}, within(1e-12));
        assertThat(machinery.employmentCiLow()).isCloseTo(-5, within(1e-12));
        assertThat(machinery.employmentCiHigh()).isCloseTo(-5, within(1e-12));
        // national before regions; the file holds the same numbers
        assertThat(lines).hasSize(3);
        // read from tables written before 2026-12 (national region ""), written with the nation as JP
        assertThat(lines.get(1)).startsWith("2025,JP,,direct,6,200,0,10,-1.45241");
        assertThat(lines.get(2)).isEqualTo("2025,kanto,30,indirect,-5,-1,-1,-1,-5,-5");
    }

    @Test
    void yearsFilterAndOrderAndAMissingFileWritesNothing() throws Exception {
        String rows = """
                0,2026,kanto,,induced,1,0,0,0
                0,2026,,,induced,1,0,0,0
                0,2025,,,induced,1,0,0,0
                0,2026,,,direct,1,0,0,0
                1,2026,kanto,,induced,1,0,0,0
                1,2026,,,induced,1,0,0,0
                1,2025,,,induced,1,0,0,0
                1,2026,,,direct,1,0,0,0
                """;
        Path a = table("a", rows);
        Path b = table("b", rows);
        Path out = tmp.resolve("cmp.csv");
        assertThat(ImpactsComparison.write(a, b, Set.of(2026), out)).isTrue();
        assertThat(Files.readAllLines(out)).containsExactly(String.join(",", ImpactsComparison.HEADER),
                "2026,JP,,direct,0,0,0,0,0,0", "2026,JP,,induced,0,0,0,0,0,0", "2026,kanto,,induced,0,0,0,0,0,0");
        Path none = Files.createDirectories(tmp.resolve("old-results"));
        assertThat(ImpactsComparison.write(a, none, Set.of(), tmp.resolve("never.csv"))).isFalse();
        assertThat(tmp.resolve("never.csv")).doesNotExist();
    }

    private static Map<ImpactsComparison.Key, ImpactsComparison.Row> byKey(List<ImpactsComparison.Row> rows) {
        Map<ImpactsComparison.Key, ImpactsComparison.Row> m = new java.util.HashMap<>();
        rows.forEach(r -> m.put(r.key(), r));
        return m;
    }
}
