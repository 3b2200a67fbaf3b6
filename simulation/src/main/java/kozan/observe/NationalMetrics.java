package kozan.observe;

import kozan.model.labour.LabourMarketView;
import kozan.model.MiningEconomy;
import kozan.model.mining.EnvironmentalFlows;
import kozan.model.policy.FiscalLever;
import kozan.model.mining.Mine;
import kozan.model.supply.Supplier;
import kozan.model.supply.SupplierLabour;
import kozan.scenario.Stage;

/** National metrics: value added, mine pipeline, environment and fiscal cost. */
final class NationalMetrics implements MetricFamily {

    private static final Stage[] STAGES = Stage.values();
    private final String[] stageNames = new String[STAGES.length];
    private final int[] stageCount = new int[STAGES.length];

    NationalMetrics() {
        for (int i = 0; i < STAGES.length; i++) {
            stageNames[i] = STAGES[i].name();
        }
    }

    @Override
    public void emit(MiningEconomy e, int step, RowSink sink) {
        double mining = 0;
        double water = 0;
        double recycled = 0;
        double co2 = 0;
        double disturbed = 0;
        double reclaimed = 0;
        java.util.Arrays.fill(stageCount, 0);
        for (Mine m : e.mines()) {
            mining += m.revenueYen() * e.ioTable().valueAddedRatio(e.scenario().ioTable().miningSector());
            EnvironmentalFlows f = m.environment();
            water += f.waterWithdrawnM3();
            recycled += f.waterRecycledM3();
            co2 += f.co2eT();
            disturbed += f.landDisturbedHa();
            reclaimed += f.landReclaimedHa();
            stageCount[m.stage().ordinal()]++;
        }
        double suppliers = 0;
        for (Supplier s : e.suppliers()) {
            suppliers += s.outputYen() * e.ioTable().valueAddedRatio(SupplierLabour.sector(s.kind(), e.scenario().ioTable()));
        }
        LabourMarketView lm = e.labourMarket();
        double induced = 0;
        if (lm != null) {
            for (int r = 0; r < e.regions().size(); r++) {
                induced += lm.inducedValueAddedYen(r);
            }
        }
        sink.accept(step, "value_added_yen", "", "", "", mining + suppliers + induced);
        sink.accept(step, "value_added_yen", "", "", "mining", mining);
        sink.accept(step, "value_added_yen", "", "", "suppliers", suppliers);
        if (lm != null) {
            sink.accept(step, "value_added_yen", "", "", "induced", induced);
        }
        for (int i = 0; i < STAGES.length; i++) {
            sink.accept(step, "mines_in_stage", "", "", stageNames[i], stageCount[i]);
        }
        sink.accept(step, "water_withdrawn_m3", "", "", "", water);
        sink.accept(step, "water_recycled_m3", "", "", "", recycled);
        sink.accept(step, "co2e_t", "", "", "", co2);
        sink.accept(step, "land_disturbed_ha", "", "", "", disturbed);
        sink.accept(step, "land_reclaimed_ha", "", "", "", reclaimed);
        double total = 0;
        for (FiscalLever l : FiscalLever.values()) {
            total += e.government().fiscalYen(l);
        }
        sink.accept(step, "fiscal_cost_yen", "", "", "", total);
        for (FiscalLever l : FiscalLever.values()) {
            sink.accept(step, "fiscal_cost_yen", "", "", l.label(), e.government().fiscalYen(l));
        }
    }
}
