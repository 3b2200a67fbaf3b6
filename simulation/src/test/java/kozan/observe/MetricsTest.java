package kozan.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kozan.model.MemorySink;
import kozan.model.TestScenarios;
import org.junit.jupiter.api.Test;

class MetricsTest {

    static final List<String> CONTRACT = List.of("world_price", "domestic_mine_output_t", "domestic_refined_output_t",
            "domestic_origin_supply_t", "consumption_t", "imports_t", "imports_t_by_source", "imports_yen", "refined_exports_t",
            "concentrate_exports_t", "stockpile_t", "inventory_t", "import_dependence", "supply_risk", "import_hhi", "shortfall_t",
            "manufacturing_output_lost_yen", "shortfall_met_t", "recycled_t", "self_development_ratio", "equity_offtake_t",
            "equity_dividends_yen", "jobs_direct", "jobs_indirect", "jobs_induced", "jobs_manufacturing", "labor_force",
            "employed", "unemployed",
            "jobs_displaced",
            "unemployment_rate", "vacancies", "wage_index", "net_migration", "value_added_yen",
            "mines_in_stage", "water_withdrawn_m3", "water_recycled_m3", "co2e_t", "land_disturbed_ha", "land_reclaimed_ha",
            "fiscal_cost_yen",
            "world_price_domestic", "world_stock_t", "producer_output_t", "world_demand_t", "china_exports_t",
            "export_quota_binding", "world_clearing_residual_t");

    @Test
    void catalogueHasEveryContractMetric() {
        for (String name : CONTRACT) {
            MetricDef d = Metrics.get(name);
            assertThat(d.unit()).as(name).isNotBlank();
            assertThat(d.description()).as(name).isNotBlank();
        }
        MetricDef dep = Metrics.get("import_dependence");
        assertThat(dep.aggregation()).isEqualTo(Aggregation.RATIO);
        assertThat(Metrics.get(dep.numerator()).aggregation()).isEqualTo(Aggregation.SUM);
        for (String part : dep.denominator().split("\\+")) {
            assertThat(Metrics.get(part).aggregation()).isEqualTo(Aggregation.SUM);
        }
        assertThat(dep.denominator()).isEqualTo("imports_t+domestic_origin_supply_t");
        assertThat(Metrics.ALL).extracting(MetricDef::name).containsExactlyElementsOf(CONTRACT);
    }

    @Test
    void everyMetricHasAReporterAUnitAndAnAggregationAndAUniqueName() {
        Set<String> names = new LinkedHashSet<>();
        for (MetricDef d : Metrics.ALL) {
            assertThat(d.reporter()).as(d.name()).isNotNull();
            assertThat(d.unit()).as(d.name()).isNotBlank();
            assertThat(d.aggregation()).as(d.name()).isNotNull();
            assertThat(d.dimensions()).as(d.name()).isNotNull();
            assertThat(d.description()).as(d.name()).isNotBlank();
            assertThat(d.name()).matches("[a-z][a-z0-9_]*");
            assertThat(names.add(d.name())).as("duplicate metric name " + d.name()).isTrue();
            assertThat(Metrics.get(d.name())).isSameAs(d);
        }
        assertThatThrownBy(() -> Metrics.get("no_such_metric")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRowComesFromTheReporterOfItsMetricInCatalogueOrder() {
        MemorySink sink = new MemorySink();
        Runs.simulate(TestScenarios.base(), 0, sink);
        List<String> order = Metrics.ALL.stream().map(MetricDef::name).toList();
        int last = -1;
        int step = 0;
        for (MemorySink.Row r : sink.rows) {
            if (r.step() != step) {
                step = r.step();
                last = -1;
            }
            int at = order.indexOf(r.metric());
            assertThat(at).as(r.toString()).isGreaterThanOrEqualTo(last);
            last = at;
        }
    }

    @Test
    void recorderEmitsKnownMetricsInTheSameOrderEveryMonth() {
        MemorySink sink = new MemorySink();
        Runs.RunStats stats = Runs.simulate(TestScenarios.base(), 0, sink);
        assertThat(stats.steps()).isEqualTo(420);
        Set<String> emitted = new LinkedHashSet<>();
        List<String> firstKeys = new ArrayList<>();
        List<String> laterKeys = new ArrayList<>();
        for (MemorySink.Row r : sink.rows) {
            Metrics.get(r.metric());
            emitted.add(r.metric());
            assertThat(Double.isFinite(r.value())).as(r.toString()).isTrue();
            String key = r.metric() + "|" + r.commodity() + "|" + r.region() + "|" + r.detail();
            if (r.step() == 0) {
                firstKeys.add(key);
            } else if (r.step() == 200) {
                laterKeys.add(key);
            }
        }
        assertThat(laterKeys).isEqualTo(firstKeys);
        assertThat(new LinkedHashSet<>(firstKeys)).hasSameSizeAs(firstKeys);
        // rows are grouped by step, in increasing step order
        int last = -1;
        for (MemorySink.Row r : sink.rows) {
            assertThat(r.step()).isGreaterThanOrEqualTo(last);
            last = r.step();
        }
        // the regional labour markets are wired in at ordering 5, so their metrics are there too
        assertThat(emitted).contains("labor_force", "employed", "unemployed", "unemployment_rate", "vacancies",
                "wage_index", "net_migration", "jobs_induced", "jobs_displaced");
        assertThat(emitted).contains("jobs_direct", "jobs_indirect", "jobs_manufacturing", "imports_t_by_source", "fiscal_cost_yen",
                "mines_in_stage", "co2e_t");
    }

    @Test
    void totalsEqualTheSumOfTheirParts() {
        MemorySink sink = new MemorySink();
        Runs.simulate(TestScenarios.base(), 1, sink);
        for (int step : new int[] {0, 100, 250}) {
            double national = sink.value(step, "jobs_direct", "", "", "");
            double regions = 0;
            for (String r : List.of("tohoku", "kanto", "kyushu")) {
                regions += sink.value(step, "jobs_direct", "", r, "");
            }
            assertThat(regions).isCloseTo(national, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, national)));
            double imports = sink.value(step, "imports_t", "rare_earths", "", "");
            double bySource = 0;
            for (String s : List.of("china", "australia", "vietnam")) {
                bySource += sink.value(step, "imports_t_by_source", "rare_earths", "", s);
            }
            assertThat(bySource).isCloseTo(imports, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, imports)));
        }
    }
}
