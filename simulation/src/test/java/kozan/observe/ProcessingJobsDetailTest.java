package kozan.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import kozan.model.MemorySink;
import kozan.model.MiningEconomy;
import kozan.model.TestScenarios;
import kozan.model.random.Seeds;
import kozan.model.supply.Supplier;
import kozan.scenario.Scenario;
import kozan.scenario.SupplierKind;
import org.junit.jupiter.api.Test;

/**
 * jobs_indirect of processing plants is split by feed into PROCESSING_DOMESTIC_ORE and PROCESSING_IMPORTED_FEED
 * (issue #13 item 4), per region and nationally, and the details still add up to the kind totals. The test
 * scenario's copper smelter in Kyushu runs on domestic concentrate and up to 550,000 t/yr of imported feed.
 */
class ProcessingJobsDetailTest {

    /** Per step: the expected domestic-ore and imported-feed jobs of Kyushu's plants, from the plants themselves. */
    record Expected(int step, double domesticOre, double importedFeed) {
    }

    @Test
    void plantJobsAreSplitByTheMonthsDomesticFeedShare() {
        // the test scenario plus a copper mine producing in Kyushu from the start, so the smelter has domestic feed
        List<kozan.scenario.MineSpec> mines = new ArrayList<>(TestScenarios.mines());
        mines.add(TestScenarios.mine("cu-kyushu-producing", "kyushu", "copper", kozan.scenario.Stage.PRODUCTION, 4e7,
                0.015, 4e6, 5e9, 3500, 0.3));
        Scenario s = TestScenarios.build("processing-split", 3, List.of(),
                TestScenarios.government(List.of(), List.of(), 60, 0), kozan.scenario.Mode.NORMAL, mines,
                TestScenarios.generators());
        MemorySink sink = new MemorySink();
        List<Expected> expected = new ArrayList<>();
        MiningEconomy e = new MiningEconomy(s, Seeds.master(s.run().seed(), 0));
        Recorder.attach(e, sink);
        e.addStartHook(x -> x.phase(MiningEconomy.ORDERING_OBSERVERS).add(state -> {
            MiningEconomy m = (MiningEconomy) state;
            double domestic = 0;
            double imported = 0;
            for (Supplier p : m.suppliers()) {
                if (p.kind() == SupplierKind.PROCESSING && p.regionIndex() == m.regionIndex("kyushu")) {
                    domestic += p.employed() * p.domesticFeedShare();
                    imported += p.employed() * (1 - p.domesticFeedShare());
                }
            }
            expected.add(new Expected(m.step(), domestic, imported));
        }));
        e.start();
        for (int i = 0; i < 36; i++) {
            e.schedule.step(e);
        }
        boolean sawBoth = false;
        for (Expected x : expected) {
            double dom = sink.value(x.step(), Metrics.JOBS_INDIRECT, "", "kyushu", IndirectDetails.PROCESSING_DOMESTIC_ORE);
            double imp = sink.value(x.step(), Metrics.JOBS_INDIRECT, "", "kyushu", IndirectDetails.PROCESSING_IMPORTED_FEED);
            assertThat(dom).as("step %d", x.step()).isCloseTo(x.domesticOre(), within(1e-9));
            assertThat(imp).as("step %d", x.step()).isCloseTo(x.importedFeed(), within(1e-9));
            sawBoth |= dom > 0.1 && imp > 0.1;
            // the old detail is gone from the rows
            assertThat(sink.value(x.step(), Metrics.JOBS_INDIRECT, "", "kyushu", "PROCESSING")).isNaN();
            // details add up to the region's total, and regions to the nation, detail by detail
            double details = 0; // SUPPLY_CHAIN is among them
            for (String d : AgentTally.INDIRECT_NAMES) {
                details += sink.value(x.step(), Metrics.JOBS_INDIRECT, "", "kyushu", d);
            }
            assertThat(details).isCloseTo(sink.value(x.step(), Metrics.JOBS_INDIRECT, "", "kyushu", ""), within(1e-6));
            double national = 0;
            for (var r : s.regions()) {
                national += sink.value(x.step(), Metrics.JOBS_INDIRECT, "", r.id(), IndirectDetails.PROCESSING_IMPORTED_FEED);
            }
            assertThat(sink.value(x.step(), Metrics.JOBS_INDIRECT, "", "", IndirectDetails.PROCESSING_IMPORTED_FEED))
                    .isCloseTo(national, within(1e-9));
        }
        assertThat(sawBoth).as("some month has jobs in both processing details").isTrue();
    }

    @Test
    void theDetailNamesReplaceProcessingInKindOrderThenTheSupplyChain() {
        assertThat(AgentTally.INDIRECT_NAMES).containsExactly("EQUIPMENT", "ENGINEERING", "PROCESSING_DOMESTIC_ORE",
                "PROCESSING_IMPORTED_FEED", "SUPPLY_CHAIN");
        assertThat(IndirectDetails.legacyDetail(Metrics.JOBS_INDIRECT, "PROCESSING_DOMESTIC_ORE")).isEqualTo("PROCESSING");
        assertThat(IndirectDetails.legacyDetail(Metrics.JOBS_INDIRECT, "PROCESSING_IMPORTED_FEED")).isEqualTo("PROCESSING");
        assertThat(IndirectDetails.legacyDetail(Metrics.JOBS_INDIRECT, "ENGINEERING")).isNull();
        assertThat(IndirectDetails.legacyDetail(Metrics.JOBS_DIRECT, "PROCESSING_DOMESTIC_ORE")).isNull();
    }
}
