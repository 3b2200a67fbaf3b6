package kozan.chart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocImagesTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheFourExampleChartsAtReadmeSize() throws Exception {
        List<Path> files = DocImages.write(Fixtures.policyDir(), tmp, Fixtures.baselineDir());
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("jobs_by_class.png",
                "import_dependence.png", "fan_jobs_total.png", "compare_import_dependence.png");
        for (Path f : files) {
            assertThat(ImageChecks.colours(ImageChecks.png(f, DocImages.WIDTH, DocImages.HEIGHT))).hasSizeGreaterThan(20);
        }
    }
}
