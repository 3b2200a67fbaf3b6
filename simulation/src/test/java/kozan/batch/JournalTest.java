package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path tmp;

    private static RunRecord rec(int run, double v) {
        TreeMap<MetricKey, Double> m = new TreeMap<>();
        m.put(new MetricKey("imports_t", "copper", "", "", 2030), v);
        m.put(new MetricKey("jobs_direct", "", "kanto", "production", 2030), 0.1 + v);
        return RunRecord.ok(run, run / 2, run % 2, 1000L + run, m);
    }

    @Test
    void recordsRoundTripExactly() throws IOException {
        RunRecord r = rec(3, Math.PI * 1e7);
        assertThat(RunRecord.parse(r.toJson())).isEqualTo(r);
        RunRecord f = RunRecord.failed(4, 2, 0, -5, "ScenarioException: subsidy 1.5 \"out\" of range");
        assertThat(RunRecord.parse(f.toJson())).isEqualTo(f);
        assertThat(RunRecord.parse(rec(1, 1e-300).toJson()).values()).isEqualTo(rec(1, 1e-300).values());
    }

    @Test
    void recoverCutsATornLastLineAndKeepsCompleteRecords() throws IOException {
        Path f = tmp.resolve("runs.jsonl");
        try (Journal j = Journal.append(f)) {
            j.write(rec(0, 1));
            j.write(rec(5, 2));
            j.write(RunRecord.failed(2, 1, 0, 9, "boom"));
        }
        long good = Files.size(f);
        String torn = rec(7, 3).toJson();
        Files.writeString(f, torn.substring(0, torn.length() / 2), StandardOpenOption.APPEND);
        Journal.Contents c = Journal.recover(f);
        assertThat(c.records()).isEqualTo(3);
        assertThat(c.failed()).isEqualTo(1);
        assertThat(c.done().stream().boxed().toList()).containsExactly(0, 2, 5);
        assertThat(Files.size(f)).isEqualTo(good);
        // A complete JSON line without its newline is also cut (the write did not finish).
        Files.writeString(f, torn, StandardOpenOption.APPEND);
        assertThat(Journal.recover(f).records()).isEqualTo(3);
        assertThat(Files.size(f)).isEqualTo(good);
    }

    @Test
    void damageBeforeTheLastLineIsAnError() throws IOException {
        Path f = tmp.resolve("runs.jsonl");
        Files.writeString(f, rec(0, 1).toJson() + "\n{garbage\n" + rec(1, 1).toJson() + "\n");
        assertThatThrownBy(() -> Journal.recover(f)).hasMessageContaining("line 2 is damaged");
    }

    @Test
    void canonicalJournalSortsAndRejectsOverlapAndGaps() throws IOException {
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");
        Files.writeString(a, rec(2, 1).toJson() + "\n" + rec(0, 1).toJson() + "\n");
        Files.writeString(b, rec(1, 1).toJson() + "\n");
        Path out = tmp.resolve("out.jsonl");
        CanonicalJournal.write(List.of(a, b), out, 3, r -> true);
        assertThat(Files.readAllLines(out)).containsExactly(rec(0, 1).toJson(), rec(1, 1).toJson(), rec(2, 1).toJson());
        assertThatThrownBy(() -> CanonicalJournal.write(List.of(a, a), out, 3, r -> true))
                .hasMessageContaining("run 2").hasMessageContaining("overlap");
        assertThatThrownBy(() -> CanonicalJournal.write(List.of(a), out, 3, r -> true))
                .hasMessageContaining("1 run(s) missing, first: run 1");
    }
}
