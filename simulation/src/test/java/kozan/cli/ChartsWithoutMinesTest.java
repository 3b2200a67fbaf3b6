package kozan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of a scenario without mines (the 2010 replay: rare earths, manufacturers and the world market only) draws
 * only the charts that have something to show: every chart of mine-side quantities would be a flat zero.
 */
class ChartsWithoutMinesTest {

    @Test
    void aRunWithoutMinesLeavesOutEveryAllZeroChart(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("replay");
        StringWriter err = new StringWriter();
        int code = Main.execute(new ModelEngine(), new PrintWriter(new StringWriter()), new PrintWriter(err), "run",
                Path.of("..", "scenarios", "rare-earth-2010-replay.yaml").toString(), "--replications", "2",
                "--out", out.toString());
        assertThat(code).as(err.toString()).isZero();
        try (Stream<Path> files = Files.list(out.resolve("charts"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")))
                    .contains("world_prices.png", "import_sources_rare_earths.png", "import_dependence.png")
                    .doesNotContain("mine_pipeline.png", "jobs_by_class.png", "environment.png",
                            "self_development_ratio.png", "fan_jobs_total.png");
        }
    }
}
