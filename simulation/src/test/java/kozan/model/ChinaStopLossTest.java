package kozan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kozan.model.demand.Manufacturer;
import kozan.scenario.CommoditySpec;
import kozan.scenario.EventSpec;
import kozan.scenario.EventSpec.EventKind;
import kozan.scenario.ImportSourceSpec;
import kozan.scenario.Scenario;
import kozan.scenario.ScenarioLoader.Override;
import kozan.scenario.Sector;
import kozan.scenario.io.IoTable;
import org.junit.jupiter.api.Test;

/**
 * The check of issue #14 (design docs/design/markets-issue-14.md section 6): a one-year total stop of Chinese
 * rare-earth supply to Japan, from a calm baseline, costs value added within the published band, JPY 2.6 trn
 * (Nomura Research Institute, -0.43% of GDP) to 7 trn (Daiwa Institute of Research, -1.3% of real GDP, an
 * input-output upper bound). The band checks the output dependences and the cover chain; it was not used to set
 * them (docs/validation.md). A miss fails the test and is written up there; the band is not moved.
 *
 * <p>Value added lost = manufacturing output lost (stop minus the same seeds without it, 2026-2027) x the
 * value-added multiplier of the sector's IO column, sum over i of v_i x L_ij (the sector and its domestic supply
 * chain, as the input-output estimates count it). The direct part alone (v_j) is reported with it.
 *
 * <p>The stop covers both rare-earth commodities, the light basket and the heavy (Dy, Tb) oxides. The heavy
 * commodity, its sources and its output dependences were added and set before this check was rerun
 * (docs/validation.md, "One-year stop of Chinese rare earths"): JPY 6.30 trn, of which the heavy oxides alone give
 * 6.14 trn; the basket alone gave 1.86 trn, a miss, while the model had one rare-earth commodity. Runs in a second
 * or two.
 */
class ChinaStopLossTest {

    /** China's stop covers both rare-earth commodities: the light basket and the heavy (Dy, Tb) oxides. */
    private static final List<String> RARE_EARTHS = List.of("rare_earths", "heavy_rare_earths");
    private static final YearMonth STOP = YearMonth.of(2026, 1);
    private static final int REPLICATIONS = 3;
    /** The IO sector (37-sector table, 2015) of each manufacturing sector: assumption (OTHER: miscellaneous). */
    private static final Map<Sector, String> IO_SECTOR = Map.of(Sector.AUTOMOTIVE, "35", Sector.ELECTRONICS, "32",
            Sector.RENEWABLES, "33", Sector.DEFENSE, "35", Sector.BATTERIES, "33", Sector.STEEL_CEMENT, "26",
            Sector.OTHER, "39");

    @Test
    void aOneYearTotalChineseStopCostsValueAddedWithinThePublishedBand() throws Exception {
        Scenario calm = calmBaseline();
        Scenario stop = withStop(calm);
        IoTable io = calm.resolved().ioTable();
        double[] lossYen = new double[2];
        for (int r = 0; r < REPLICATIONS; r++) {
            double[] withStop = valueAddedLost(stop, r, io);
            double[] without = valueAddedLost(calm, r, io);
            lossYen[0] += (withStop[0] - without[0]) / REPLICATIONS;
            lossYen[1] += (withStop[1] - without[1]) / REPLICATIONS;
        }
        System.out.printf("China stop: value added lost JPY %.3f trn with the supply chain, %.3f trn direct%n",
                lossYen[0] / 1e12, lossYen[1] / 1e12);
        assertThat(lossYen[0]).as("value added lost with the supply chain, JPY").isBetween(2.6e12, 7.0e12);
    }

    /** Value added lost over 2026-2027 (supply chain included, direct only), JPY. */
    private static double[] valueAddedLost(Scenario s, int replication, IoTable io) {
        double[] sum = new double[2];
        int from = monthIndex(s, STOP);
        Sim.run(s, replication, e -> {
            if (e.step() >= from && e.step() < from + 24) {
                for (Manufacturer m : e.manufacturers()) {
                    int j = io.index(IO_SECTOR.get(m.spec().sector()));
                    double chain = 0;
                    for (int i = 0; i < io.size(); i++) {
                        chain += io.valueAddedRatio(i) * io.leontief(i, j);
                    }
                    sum[0] += m.outputLostYen() * chain;
                    sum[1] += m.outputLostYen() * io.valueAddedRatio(j);
                }
            }
        });
        return sum;
    }

    private static int monthIndex(Scenario s, YearMonth m) {
        YearMonth start = s.calendar().start();
        return (m.getYear() - start.getYear()) * 12 + m.getMonthValue() - start.getMonthValue();
    }

    /** The baseline over 2025-2028 with no random rare-earth disruptions or price jumps. */
    private static Scenario calmBaseline() throws Exception {
        Scenario base = ScenarioFiles.load("baseline.yaml");
        List<Override> o = new ArrayList<>();
        o.add(new Override("calendar.horizon_years", 4));
        o.add(new Override("run.target_years", List.of(2026)));
        for (CommoditySpec c : base.commodities()) {
            if (RARE_EARTHS.contains(c.id())) {
                String key = "commodities[" + c.id() + "]";
                o.add(new Override(key + ".price.jump_rate_per_year", 0.0));
                for (ImportSourceSpec src : c.importSources()) {
                    o.add(new Override(key + ".import_sources[" + src.id() + "].hazard_per_year", 0.0));
                }
            }
        }
        return ScenarioFiles.load("baseline.yaml", o);
    }

    private static Scenario withStop(Scenario s) {
        List<EventSpec> events = new ArrayList<>(s.events());
        for (String commodity : RARE_EARTHS) {
            events.add(new EventSpec("china-stop-" + commodity, EventKind.EXPORT_RESTRICTION, commodity, "china", null, STOP,
                    12, 1.0, 0.0));
        }
        return new Scenario(s.version(), s.metadata(), s.calendar(), s.mode(), s.run(), s.regions(), s.labor(),
                s.commodities(), s.mineDefaults(), s.mines(), s.prospectGenerators(), s.suppliers(), s.manufacturers(),
                s.fixedEmployers(), s.government(), List.copyOf(events), s.ioTable(), s.resolved());
    }
}
