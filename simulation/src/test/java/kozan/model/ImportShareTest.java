package kozan.model;

import kozan.model.random.Seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import kozan.model.trade.ImportSource;
import kozan.model.trade.WorldMarket;
import kozan.model.demand.CommodityLedger;
import kozan.scenario.CommoditySpec;
import kozan.scenario.ImportSourceSpec;
import kozan.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The import logit works on changes of premium, hazard and agreement terms since the start, so the observed
 * base shares come out unchanged in the first month, and an export restriction still moves imports elsewhere.
 */
class ImportShareTest {

    @Test
    void firstMonthImportSharesEqualTheScenarioShares() throws Exception {
        Scenario s = ScenarioFiles.load("baseline.yaml");
        int[] checked = {0};
        boolean[] reeChecked = {false};
        MiningEconomy e = months(s, 1);
        {
            for (WorldMarket m : e.markets()) {
                CommodityLedger l = m.ledger();
                if (l.importsT() <= 0 || anyBinding(m)) {
                    continue;
                }
                List<ImportSourceSpec> specs = m.spec().importSources();
                for (int i = 0; i < specs.size(); i++) {
                    assertThat(l.importsBySourceT(i) / l.importsT()).as("%s share of %s", specs.get(i).id(), m.commodityId())
                            .isCloseTo(specs.get(i).share(), within(1e-6));
                }
                checked[0]++;
                reeChecked[0] |= m.commodityId().equals("rare_earths");
            }
        }
        assertThat(reeChecked[0]).as("rare earths were checked (no source disrupted or full in month 1)").isTrue();
        assertThat(checked[0]).isGreaterThanOrEqualTo(5);
    }

    @Test
    void exportRestrictionShiftsSharesToTheOtherSources() throws Exception {
        Scenario s = ScenarioFiles.load("rare-earth-export-restriction.yaml");
        int restricted = s.calendar().stepOf(java.time.YearMonth.of(2027, 6));
        double[][] shares = new double[1][];
        MiningEconomy e = months(s, restricted + 1);
        {
            {
                WorldMarket m = e.market(e.commodityIndex("rare_earths"));
                CommodityLedger l = m.ledger();
                shares[0] = new double[m.sourceCount()];
                for (int i = 0; i < m.sourceCount(); i++) {
                    shares[0][i] = l.importsBySourceT(i) / l.importsT();
                }
            }
        }
        CommoditySpec ree = s.commodities().get(0);
        assertThat(ree.id()).isEqualTo("rare_earths");
        for (int i = 0; i < ree.importSources().size(); i++) {
            ImportSourceSpec src = ree.importSources().get(i);
            if (src.id().equals("china")) {
                assertThat(shares[0][i]).as("china's share under the restriction").isLessThan(src.share() - 0.1);
            } else {
                assertThat(shares[0][i]).as("%s share under the restriction", src.id()).isGreaterThan(src.share());
            }
        }
    }

    /** Runs the first {@code n} months of replication 0; the economy holds month n-1's flows. */
    private static MiningEconomy months(Scenario s, int n) {
        MiningEconomy e = new MiningEconomy(s, Seeds.master(s.run().seed(), 0));
        e.start();
        for (int i = 0; i < n; i++) {
            e.schedule.step(e);
        }
        return e;
    }

    /** True when a source is cut or has shipped all its volume this month (the split is then capacity-limited). */
    private static boolean anyBinding(WorldMarket m) {
        for (int i = 0; i < m.sourceCount(); i++) {
            ImportSource src = m.source(i);
            if (src.lostShare() > 0 || src.remainingTPerMonth() <= 1e-9 * src.availableTPerMonth()) {
                return true;
            }
        }
        return false;
    }
}
