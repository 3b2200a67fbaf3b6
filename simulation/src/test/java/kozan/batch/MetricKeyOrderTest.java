package kozan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The order of kept values (runs.csv's columns, every table's rows) is metric, commodity, region, detail, year; the
 * hand-written compareTo must give exactly the order the comparator chain it replaced gave.
 */
class MetricKeyOrderTest {

    /** The definition: the chain MetricKey used before its compareTo was written out. */
    private static final Comparator<MetricKey> CHAIN = Comparator.comparing(MetricKey::metric)
            .thenComparing(MetricKey::commodity).thenComparing(MetricKey::region)
            .thenComparing(MetricKey::detail).thenComparingInt(MetricKey::year);

    @Property(tries = 500, seed = "20261205")
    void compareToHasTheSignOfTheChain(@ForAll("keys") MetricKey a, @ForAll("keys") MetricKey b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(CHAIN.compare(a, b)));
    }

    @Provide
    Arbitrary<MetricKey> keys() {
        // few short values, so that equal fields (and so the later fields) are compared often
        Arbitrary<String> s = Arbitraries.of("", "a", "b", "ab", "jobs_direct", "jobs_direct_x");
        return Combinators.combine(s, s, s, s, Arbitraries.integers().between(2024, 2027)).as(MetricKey::new);
    }

    @Test
    void laterFieldsDecideOnlyWhenEarlierOnesAreEqual() {
        List<MetricKey> keys = new ArrayList<>(List.of(
                new MetricKey("b", "", "", "", 2025),
                new MetricKey("a", "z", "", "", 2025),
                new MetricKey("a", "a", "z", "", 2025),
                new MetricKey("a", "a", "a", "z", 2025),
                new MetricKey("a", "a", "a", "a", 2030),
                new MetricKey("a", "a", "a", "a", 2026)));
        keys.sort(null);
        assertThat(keys).extracting(MetricKey::column).containsExactly(
                "a{commodity=a,region=a,detail=a}@2026", "a{commodity=a,region=a,detail=a}@2030",
                "a{commodity=a,region=a,detail=z}@2025", "a{commodity=a,region=z}@2025", "a{commodity=z}@2025",
                "b@2025");
    }
}
