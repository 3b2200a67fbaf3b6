package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignPointsTest {

    @TempDir
    Path tmp;

    private BatchSpec spec(String yaml) throws Exception {
        return BatchSpecLoader.load(BatchFixtures.write(tmp, yaml), null);
    }

    @Test
    void fullGridVariesTheLastParameterFastest() throws Exception {
        BatchSpec s = spec("""
                name: g
                scenarios: [base.yaml, shock.yaml]
                parameters:
                  - {path: a.x, values: [1, 2]}
                  - {path: a.y, range: [0, 1], steps: 3}
                metrics: [m]
                years: [2030]
                """);
        List<DesignPoint> ps = DesignPoints.generate(s);
        assertThat(ps).hasSize(12);
        assertThat(ps.get(0).values()).containsExactly(java.util.Map.entry("a.x", 1L), java.util.Map.entry("a.y", 0.0));
        assertThat(ps.get(1).values().get("a.y")).isEqualTo(0.5);
        assertThat(ps.get(2).values().get("a.y")).isEqualTo(1.0);
        assertThat(ps.get(3).values().get("a.x")).isEqualTo(2L);
        assertThat(ps.get(6).scenario().id()).isEqualTo("shock");
        assertThat(ps).extracting(DesignPoint::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void latinHypercubePutsOnePointInEachStratumAndIsReproducible() throws Exception {
        String yaml = """
                name: l
                scenarios: [base.yaml]
                parameters:
                  - {path: a.x, range: [10, 20]}
                  - {path: a.y, range: [0, 1]}
                  - {path: a.z, values: [low, mid, high, top]}
                design: latin_hypercube
                points: 40
                design_seed: 3
                metrics: [m]
                years: [2030]
                """;
        List<DesignPoint> ps = DesignPoints.generate(spec(yaml));
        assertThat(ps).hasSize(40);
        for (String p : List.of("a.x", "a.y")) {
            double min = p.equals("a.x") ? 10 : 0;
            double width = p.equals("a.x") ? 10 : 1;
            boolean[] hit = new boolean[40];
            for (DesignPoint d : ps) {
                int stratum = (int) Math.floor(((Double) d.values().get(p) - min) / width * 40);
                assertThat(hit[stratum]).as(p + " stratum " + stratum).isFalse();
                hit[stratum] = true;
            }
        }
        assertThat(ps.stream().filter(d -> d.values().get("a.z").equals("top")).count()).isEqualTo(10);
        assertThat(DesignPoints.generate(spec(yaml))).isEqualTo(ps);
        assertThat(DesignPoints.generate(spec(yaml.replace("design_seed: 3", "design_seed: 4")))).isNotEqualTo(ps);
        // The two columns are not in the same order (independent permutations).
        assertThat(ps.stream().map(d -> (int) (((Double) d.values().get("a.y")) * 40)).toList())
                .isNotEqualTo(ps.stream().map(d -> (int) (((Double) d.values().get("a.x") - 10) * 4)).toList());
    }

    @Test
    void baselineIsFoundInTheGridOrPrepended() throws Exception {
        String yaml = """
                name: b
                scenarios: [base.yaml]
                parameters:
                  - {path: a.x, values: [0, 0.5]}
                metrics: [m]
                years: [2030]
                baseline: {scenario: base, parameters: {a.x: 0.5}}
                """;
        BatchPlan inGrid = BatchPlan.of(spec(yaml), "h");
        assertThat(inGrid.points()).hasSize(2);
        assertThat(inGrid.baseline()).isEqualTo(1);
        BatchPlan prepended = BatchPlan.of(spec(yaml.replace("a.x: 0.5}", "a.x: 0.2}")), "h");
        assertThat(prepended.points()).hasSize(3);
        assertThat(prepended.baseline()).isEqualTo(0);
        assertThat(prepended.points().get(0).values()).containsEntry("a.x", 0.2);
        assertThat(prepended.points().get(2).index()).isEqualTo(2);
        BatchPlan none = BatchPlan.of(spec(yaml.replace("baseline: {scenario: base, parameters: {a.x: 0.5}}\n", "")), "h");
        assertThat(none.baseline()).isZero();
        assertThat(none.runs()).isEqualTo(20);
    }
}
