package kozan.observe.impacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import kozan.model.MiningEconomy;
import kozan.model.TestScenarios;
import kozan.model.labour.EmployerClass;
import kozan.model.labour.Workplace;
import kozan.model.mining.Mine;
import kozan.model.random.Seeds;
import kozan.model.supply.Supplier;
import kozan.model.supply.SupplyChainView;
import kozan.observe.RowSink;
import kozan.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The month's impact rows against a hand-made supply-chain view (helper A's SupplyChain implements the contract):
 * chain and induced output land in their region and sector with labour income and value added by the sector's IO
 * ratios (37-sector 2015 table: transport 57 v = 0.28331, gva = 0.51520; commerce 51 v = 0.38981, gva = 0.69888);
 * supplier agents sit in their IO sector; mines are the direct effect of sector 06.
 */
class ImpactRecorderTest {

    record Row(String region, String industry, String effect, double employment, double labourIncome,
               double valueAdded, double output) {
    }

    static final class Rows implements RowSink {
        final List<Row> rows = new ArrayList<>();

        @Override
        public void accept(int step, String metric, String commodity, String region, String detail, double value) {
        }

        @Override
        public boolean wantsImpacts() {
            return true;
        }

        @Override
        public void impact(int step, String region, String industry, String effect, double employment,
                           double labourIncomeYen, double valueAddedYen, double outputYen) {
            rows.add(new Row(region, industry, effect, employment, labourIncomeYen, valueAddedYen, outputYen));
        }

        Row get(String region, String industry, String effect) {
            return rows.stream().filter(r -> r.region().equals(region) && r.industry().equals(industry)
                    && r.effect().equals(effect)).findFirst().orElse(null);
        }
    }

    /** 12.5 chain jobs and JPY 200 m of transport (57) in Kyushu; 3 induced jobs and JPY 10 m of commerce (51) in Kanto. */
    static final class HandChain implements SupplyChainView {
        final MiningEconomy e;

        HandChain(MiningEconomy e) {
            this.e = e;
        }

        @Override
        public int sectorCount() {
            return e.ioTable().size();
        }

        @Override
        public String sectorCode(int sector) {
            return e.ioTable().sectorCodes().get(sector);
        }

        private boolean at(int region, int sector, String regionId, String code) {
            return region == e.regionIndex(regionId) && sectorCode(sector).equals(code);
        }

        @Override
        public double chainOutputYen(int region, int sector) {
            return at(region, sector, "kyushu", "57") ? 2e8 : 0;
        }

        @Override
        public double inducedOutputYen(int region, int sector) {
            return at(region, sector, "kanto", "51") ? 1e7 : 0;
        }

        @Override
        public double chainJobs(int region, int sector) {
            return at(region, sector, "kyushu", "57") ? 12.5 : 0;
        }

        @Override
        public double inducedJobs(int region, int sector) {
            return at(region, sector, "kanto", "51") ? 3 : 0;
        }
    }

    static MiningEconomy oneMonth(Scenario s) {
        MiningEconomy e = new MiningEconomy(s, Seeds.master(s.run().seed(), 0));
        e.start();
        e.schedule.step(e);
        return e;
    }

    @Test
    void chainAndInducedRowsComeFromTheViewWithTheSectorsRatios() {
        MiningEconomy e = oneMonth(TestScenarios.base());
        Rows sink = new Rows();
        new ImpactRecorder(e, sink, new HandChain(e)).record(0);
        Row transport = sink.get("kyushu", "57", ImpactRecorder.INDIRECT);
        assertThat(transport.employment()).isEqualTo(12.5);
        assertThat(transport.output()).isEqualTo(2e8);
        // 2e8 x 0.28331 = 56.66 m JPY; 2e8 x 0.51520 = 103.04 m JPY
        assertThat(transport.labourIncome()).isCloseTo(56.662e6, within(1e3));
        assertThat(transport.valueAdded()).isCloseTo(103.041e6, within(1e3));
        Row commerce = sink.get("kanto", "51", ImpactRecorder.INDUCED);
        assertThat(commerce.employment()).isEqualTo(3.0);
        // 1e7 x 0.38981 = 3.898 m JPY; 1e7 x 0.69888 = 6.989 m JPY
        assertThat(commerce.labourIncome()).isCloseTo(3.898e6, within(1e3));
        assertThat(commerce.valueAdded()).isCloseTo(6.989e6, within(1e3));
        // with a view, the view is the whole induced effect: no other induced rows
        assertThat(sink.rows).filteredOn(r -> r.effect().equals(ImpactRecorder.INDUCED)).hasSize(1);
        // nothing in a cell the view leaves empty
        assertThat(sink.get("kanto", "57", ImpactRecorder.INDIRECT)).isNull();
    }

    @Test
    void suppliersSitInTheirSectorAndMinesAreTheDirectEffectOfMining() {
        MiningEconomy e = oneMonth(TestScenarios.base());
        Rows sink = new Rows();
        new ImpactRecorder(e, sink, new HandChain(e)).record(0);
        Supplier engineering = e.suppliers().stream().filter(s -> s.id().equals("engineering-kyushu")).findFirst().orElseThrow();
        Row eng = sink.get("kyushu", "66", ImpactRecorder.INDIRECT);
        assertThat(engineering.employed()).isPositive();
        assertThat(eng.employment()).isEqualTo(engineering.employed());
        assertThat(eng.output()).isEqualTo(engineering.outputYen());
        assertThat(eng.labourIncome()).isCloseTo(engineering.outputYen() * 0.3442246984015814, within(1e-3));
        double persons = 0;
        double revenue = 0;
        for (Workplace w : e.employers()) {
            if (w.employerClass() == EmployerClass.MINING && w.regionIndex() == e.regionIndex("kyushu")) {
                persons += w.employed();
            }
        }
        for (Mine m : e.mines()) {
            if (m.regionIndex() == e.regionIndex("kyushu")) {
                revenue += m.revenueYen();
            }
        }
        Row direct = sink.get("kyushu", "06", ImpactRecorder.DIRECT);
        assertThat(persons).isPositive();
        assertThat(direct.employment()).isCloseTo(persons, within(1e-9));
        assertThat(direct.output()).isCloseTo(revenue, within(1e-3));
        assertThat(direct.labourIncome()).isCloseTo(persons * e.regions().get(e.regionIndex("kyushu")).wageYenPerMonth(),
                within(1e-3));
        assertThat(sink.rows).filteredOn(r -> r.effect().equals(ImpactRecorder.DIRECT))
                .allSatisfy(r -> assertThat(r.industry()).isEqualTo("06"));
    }
}
