package kozan.chart;

import kozan.io.Results;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SVG writer gives the same bytes for the same chart: in one thread and across threads, with ids numbered per
 * document (so a published chart diffs clean against a rerun), and with no date or generator comment in the file.
 */
class SvgByteStabilityTest {

    static Results baseline;

    @BeforeAll
    static void load() throws Exception {
        baseline = Fixtures.baseline();
    }

    /** A chart with clip paths and a fan (bands): the parts that carry generated ids. */
    private static String svg() {
        return ChartExporter.svgDocument(new ResultCharts(baseline).jobsFan(), 800, 500);
    }

    @Test
    void twoWritesOfOneChartAreTheSameBytes() {
        assertThat(svg()).isEqualTo(svg());
    }

    @Test
    void writesOnFourThreadsAtOnceAreTheSameBytesAsOneAlone() throws Exception {
        String alone = svg();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Supplier<String> task = SvgByteStabilityTest::svg;
            List<Future<String>> results = pool.invokeAll(List.of(task::get, task::get, task::get, task::get,
                    task::get, task::get, task::get, task::get));
            for (Future<String> r : results) {
                assertThat(r.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void idsStartAtOneInEveryDocumentAndCarryThePrefix() {
        String first = ChartExporter.svgElement(new ResultCharts(baseline).jobsByClass(), 800, 500, "k1");
        String second = ChartExporter.svgElement(new ResultCharts(baseline).jobsByClass(), 800, 500, "k1");
        assertThat(second).isEqualTo(first);
        assertThat(ids(first)).contains("k1-svg", "k1-clipPath1").allMatch(id -> id.startsWith("k1-"));
        assertThat(first).startsWith("<svg").doesNotContain("<?xml").doesNotContain("<!DOCTYPE");
    }

    @Test
    void noDateNoGeneratorCommentAndAViewBox() {
        String svg = svg();
        assertThat(svg).doesNotContain("<!--").doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d")
                .contains("viewBox=\"0 0 800 500\"");
    }

    private static List<String> ids(String svg) {
        Matcher m = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(svg);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
