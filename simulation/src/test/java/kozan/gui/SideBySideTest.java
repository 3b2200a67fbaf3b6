package kozan.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kozan.gui.compare.ComparisonModel;
import kozan.gui.compare.DiffRow;
import kozan.gui.compare.SideBySide;
import kozan.io.ResultsReader;
import kozan.io.RunWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SideBySideTest {

    @TempDir
    Path tmp;

    @Test
    void theSameScenarioWithAnotherSeedRunsWithCommonRandomNumbersAndDiffersByZero() throws Exception {
        Path other = tmp.resolve("other-seed.yaml");
        Files.writeString(other, Files.readString(GuiFixtures.scenarioFile())
                .replace("seed: 20250101", "seed: 777").replace("name: \"gui-fixture\"", "name: \"gui-fixture-b\""));
        List<Path> dirs = SideBySide.run(List.of(GuiFixtures.scenarioFile(), other), 2, 2, tmp.resolve("out"),
                RunWriter.Progress.NONE);
        assertThat(dirs).hasSize(2);
        assertThat(Files.readString(dirs.get(1).resolve("scenario.yaml"))).contains("seed: 20250101")
                .contains("replications: 2");
        ComparisonModel m = new ComparisonModel(List.of(ResultsReader.read(dirs.get(0)), ResultsReader.read(dirs.get(1))));
        List<DiffRow> rows = m.differences();
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.paired()).isTrue();
            assertThat(r.n()).isEqualTo(2);
            assertThat(r.difference()).as(r.metric() + " " + r.year()).isZero();
        });
        assertThat(rows).anySatisfy(r -> assertThat(r.baselineMean()).isGreaterThan(0));
    }
}
