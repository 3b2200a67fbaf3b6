package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables written from a hand-made canonical journal: the baseline is the middle design point (its records
 * are read again from the middle of the journal for the points before and after it), one baseline replication
 * failed (its pairs are left out), and a journal without the baseline (a shard) gives no differences.
 */
class BatchOutputsTest {

    @TempDir
    Path tmp;

    private static final String SPEC = """
            version: 1
            name: middle_baseline
            scenarios: [base.yaml]
            parameters:
              - path: government.exploration_subsidy
                values: [0, 0.25, 0.5]
            replications: 3
            seed: 7
            metrics: [imports_t]
            years: [2030]
            baseline: {scenario: base, parameters: {government.exploration_subsidy: 0.25}}
            """;

    private static final MetricKey IMPORTS = new MetricKey("imports_t", "copper", "", "", 2030);

    /** imports_t by design point and replication; null = the run failed. Point 1 is the baseline. */
    private static final Double[][] VALUES = {{10.0, 20.0, 30.0}, {1.0, null, 3.0}, {5.0, 7.0, 9.0}};

    private BatchPlan plan() throws Exception {
        BatchPlan plan = BatchFixtures.plan(BatchFixtures.write(tmp, SPEC));
        assertThat(plan.baseline()).isEqualTo(1);
        return plan;
    }

    /** The records of the given points, in canonical (run) order. */
    private static Path journal(Path file, int... points) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int p : points) {
            for (int k = 0; k < 3; k++) {
                int run = 3 * p + k;
                Double v = VALUES[p][k];
                RunRecord r = v == null ? RunRecord.failed(run, p, k, 100 + k, "boom")
                        : RunRecord.ok(run, p, k, 100 + k, new TreeMap<>(Map.of(IMPORTS, v)));
                b.append(r.toJson()).append('\n');
            }
        }
        Files.writeString(file, b);
        return file;
    }

    private static Map<String, CSVRecord> byPoint(Path csv) throws Exception {
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(csv))) {
            return p.getRecords().stream().collect(Collectors.toMap(r -> r.get("design_point"), r -> r));
        }
    }

    @Test
    void pairsEveryPointWithTheBaselineOfTheSameReplicationWhereverTheBaselineIs() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("out"));
        new BatchOutputs(plan(), BatchFixtures::unit).write(journal(tmp.resolve("runs.jsonl"), 0, 1, 2), out);

        Map<String, CSVRecord> diffs = byPoint(out.resolve("differences.csv"));
        assertThat(diffs.keySet()).containsExactlyInAnyOrder("0", "2"); // none for the baseline itself
        // point 0: replication 0: 10 - 1 = 9; replication 1 unpaired (baseline failed); replication 2: 30 - 3 = 27
        // -> n = 2, mean (9 + 27) / 2 = 18, sd = |27 - 9| / sqrt(2) = 12.7279220614
        assertThat(diffs.get("0").get("n")).isEqualTo("2");
        assertThat(diffs.get("0").get("mean_diff")).isEqualTo("18");
        assertThat(Double.parseDouble(diffs.get("0").get("sd_diff"))).isEqualTo(12.7279220614,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(diffs.get("0").get("baseline_point")).isEqualTo("1");
        // point 2: 5 - 1 = 4 and 9 - 3 = 6 -> n = 2, mean 5, sd = 2 / sqrt(2) = 1.41421356237
        assertThat(diffs.get("2").get("n")).isEqualTo("2");
        assertThat(diffs.get("2").get("mean_diff")).isEqualTo("5");
        assertThat(Double.parseDouble(diffs.get("2").get("sd_diff"))).isEqualTo(1.41421356237,
                org.assertj.core.data.Offset.offset(1e-9));

        Map<String, CSVRecord> summary = byPoint(out.resolve("summary.csv"));
        assertThat(summary.get("1").get("n")).isEqualTo("2"); // the baseline's two successful runs: (1 + 3) / 2 = 2
        assertThat(summary.get("1").get("mean")).isEqualTo("2");
        assertThat(summary.get("0").get("mean")).isEqualTo("20"); // (10 + 20 + 30) / 3
        assertThat(Files.readAllLines(out.resolve("runs.csv"))).hasSize(1 + 9);
    }

    @Test
    void aJournalWithoutTheBaselineGivesSummariesButNoDifferences() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("shard"));
        new BatchOutputs(plan(), BatchFixtures::unit).write(journal(tmp.resolve("part.jsonl"), 0, 2), out);

        assertThat(Files.readAllLines(out.resolve("differences.csv"))).hasSize(1); // the header
        assertThat(byPoint(out.resolve("summary.csv")).keySet()).containsExactlyInAnyOrder("0", "2");
        assertThat(byPoint(out.resolve("summary.csv")).get("2").get("mean")).isEqualTo("7"); // (5 + 7 + 9) / 3
    }

    @Test
    void journalReaderGivesEachRecordsOffsetAndReadsOnFromIt() throws Exception {
        Path file = journal(tmp.resolve("runs.jsonl"), 0, 1, 2);
        List<String> lines = Files.readAllLines(file);
        try (JournalReader in = new JournalReader(file, 0)) {
            long expected = 0;
            for (String line : lines) {
                RunRecord r = in.next();
                assertThat(in.offset()).isEqualTo(expected);
                assertThat(r.toJson()).isEqualTo(line);
                expected += line.length() + 1; // ASCII: one byte a character, plus the '\n'
            }
            assertThat(in.next()).isNull();
        }
        long fifth = lines.subList(0, 4).stream().mapToLong(l -> l.length() + 1).sum();
        try (JournalReader in = new JournalReader(file, fifth)) {
            assertThat(in.next().run()).isEqualTo(4);
            assertThat(in.next().run()).isEqualTo(5);
        }
    }

    @Test
    void journalReaderReadsALastLineWithoutNewline() throws Exception {
        Path file = journal(tmp.resolve("runs.jsonl"), 2);
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() - 1));
        int n = 0;
        try (JournalReader in = new JournalReader(file, 0)) {
            while (in.next() != null) {
                n++;
            }
        }
        assertThat(n).isEqualTo(3);
    }
}
