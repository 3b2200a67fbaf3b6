package kozan.model;

import kozan.model.agent.Mine;
import kozan.observe.Runs;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() {
        MiningEconomy e = new MiningEconomy(TestScenarios.base(), Seeds.master(1, 0));
        e.start();
        for (int i = 0; i < 420; i++) {
            e.schedule.step(e);
            if (i % 24 == 0 || i == 419) {
                StringBuilder sb = new StringBuilder("step " + e.step() + " " + e.month());
                for (int c = 0; c < 3; c++) {
                    var l = e.ledger(c);
                    sb.append(String.format("%n  %s P=%.0f E=%.0f mine=%.1f ref=%.1f domSold=%.1f imp=%.1f cons=%.1f need=%.1f short=%.3f stock=%.1f inv=%.1f exp=%.1f cexp=%.1f dep=%.3f resid=%.2e",
                        e.market(c).commodityId(), e.market(c).worldPrice(), e.market(c).expectation(), l.mineOutputT, l.refinedOutputT, l.domesticSoldT, l.importsT, l.consumptionT, l.needT, l.shortfallT, l.stockpileT, l.inventoryT, l.refinedExportsT, l.concentrateExportsT, l.importDependence(), l.balanceResidual()));
                }
                for (Mine m : e.mines()) {
                    sb.append(String.format("%n  mine %s %s %d ore=%.3g jobs=%.1f", m.id(), m.stage(), m.monthsInStage(), m.remainingOreT(), m.laborDemand()));
                }
                for (var s : e.suppliers()) {
                    sb.append(String.format("%n  sup %s cap=%.3g out=%.3g util=%.2f jobs=%.1f", s.id(), s.capacityPerYear(), s.outputYen(), s.utilisation(), s.laborDemand()));
                }
                System.out.println(sb);
            }
        }
        long t = 0;
        for (int k = 0; k < 5; k++) {
            var st = Runs.simulate(TestScenarios.base(), k, new MemorySink());
            t = st.nanos();
        }
        System.out.println("run ns " + t);
        MemorySink ms = new MemorySink();
        Runs.simulate(TestScenarios.base(), 0, ms);
        System.out.println("rows " + ms.rows.size());
    }
}
