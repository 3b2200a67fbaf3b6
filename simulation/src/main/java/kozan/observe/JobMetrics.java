package kozan.observe;

import java.util.List;
import kozan.model.labour.LabourMarketView;
import kozan.model.MiningEconomy;
import kozan.model.demand.Manufacturer;
import kozan.model.mining.Mine;
import kozan.model.supply.Supplier;
import kozan.model.accounts.IoParity;
import kozan.model.labour.LabourMarketAgent;
import kozan.scenario.RegionSpec;
import kozan.scenario.Stage;
import kozan.scenario.SupplierKind;

/**
 * Employment and labour-market metrics. Rows per metric: national (region "") first, then regions in scenario
 * order; within a region the total (detail "") first, then each stage or kind. Employment = labour demand x
 * fill. The labour-market metrics (and jobs_induced) are emitted only when a labour market is wired in.
 */
final class JobMetrics implements MetricFamily {

    /** Stages that employ people, in life-cycle order (detail values of jobs_direct). */
    static final Stage[] EMPLOYING = {Stage.EXPLORATION, Stage.FEASIBILITY, Stage.PERMITTING, Stage.CONSTRUCTION,
        Stage.PRODUCTION, Stage.IDLE, Stage.CLOSURE};
    private static final SupplierKind[] KINDS = SupplierKind.values();

    private final String[] regionIds;
    private final double[][] direct;
    private final double[][] indirect;
    private final double[] manufacturing;
    private final String[] stageNames = new String[EMPLOYING.length];
    private final String[] kindNames = new String[KINDS.length];
    private final int[] stageSlot = new int[Stage.values().length];

    JobMetrics(List<RegionSpec> regions) {
        int nr = regions.size() + 1;
        regionIds = new String[nr];
        regionIds[0] = "";
        for (int r = 1; r < nr; r++) {
            regionIds[r] = regions.get(r - 1).id();
        }
        direct = new double[nr][EMPLOYING.length + 1];
        indirect = new double[nr][KINDS.length + 1];
        manufacturing = new double[nr];
        java.util.Arrays.fill(stageSlot, -1);
        for (int i = 0; i < EMPLOYING.length; i++) {
            stageNames[i] = EMPLOYING[i].name();
            stageSlot[EMPLOYING[i].ordinal()] = i + 1;
        }
        for (int i = 0; i < KINDS.length; i++) {
            kindNames[i] = KINDS[i].name();
        }
    }

    @Override
    public void emit(MiningEconomy e, int step, RowSink sink) {
        tally(e);
        int nr = regionIds.length;
        for (int r = 0; r < nr; r++) {
            sink.accept(step, "jobs_direct", "", regionIds[r], "", direct[r][0]);
            for (int i = 0; i < EMPLOYING.length; i++) {
                sink.accept(step, "jobs_direct", "", regionIds[r], stageNames[i], direct[r][i + 1]);
            }
        }
        LabourMarketView lm = e.labourMarket();
        IoParity parity = e.ioParity() && lm instanceof LabourMarketAgent agent ? agent.parity() : null;
        if (parity != null) {
            // MODEL 9.3: in IO_PARITY mode the national totals are the Leontief results of the month's spending
            // (supplier jobs = first round + supply chain; induced = households closed); regions stay agent-based.
            indirect[0][0] = parity.directJobs() + parity.indirectJobs();
        }
        for (int r = 0; r < nr; r++) {
            sink.accept(step, "jobs_indirect", "", regionIds[r], "", indirect[r][0]);
            for (int i = 0; i < KINDS.length; i++) {
                sink.accept(step, "jobs_indirect", "", regionIds[r], kindNames[i], indirect[r][i + 1]);
            }
        }
        if (lm != null) {
            regional(step, sink, "jobs_induced", lm, parity != null ? parity.inducedJobs() : null,
                    LabourMarketView::inducedJobs);
        }
        for (int r = 0; r < nr; r++) {
            sink.accept(step, "jobs_manufacturing", "", regionIds[r], "", manufacturing[r]);
        }
        if (lm != null) {
            regional(step, sink, "labor_force", lm, LabourMarketView::labourForce);
            regional(step, sink, "employed", lm, LabourMarketView::employed);
            regional(step, sink, "unemployed", lm, LabourMarketView::unemployed);
            int n = regionIds.length - 1;
            double l = 0;
            double u = 0;
            for (int r = 0; r < n; r++) {
                l += lm.labourForce(r);
                u += lm.unemployed(r);
            }
            sink.accept(step, "unemployment_rate", "", "", "", l > 0 ? u / l : 0);
            for (int r = 0; r < n; r++) {
                sink.accept(step, "unemployment_rate", "", regionIds[r + 1], "", lm.labourForce(r) > 0 ? lm.unemployed(r) / lm.labourForce(r) : 0);
            }
            regional(step, sink, "vacancies", lm, LabourMarketView::vacancies);
            // national wage index: labour-force weighted mean of the regions
            double w = 0;
            for (int r = 0; r < n; r++) {
                w += lm.wageIndex(r) * lm.labourForce(r);
            }
            sink.accept(step, "wage_index", "", "", "", l > 0 ? w / l : 1);
            for (int r = 0; r < n; r++) {
                sink.accept(step, "wage_index", "", regionIds[r + 1], "", lm.wageIndex(r));
            }
            regional(step, sink, "net_migration", lm, LabourMarketView::netMigration);
        }
    }

    /** National sum then each region. */
    private void regional(int step, RowSink sink, String metric, LabourMarketView lm, RegionValue f) {
        regional(step, sink, metric, lm, null, f);
    }

    /** As above, with the national row replaced by {@code national} when it is not null. */
    private void regional(int step, RowSink sink, String metric, LabourMarketView lm, Double national, RegionValue f) {
        int n = regionIds.length - 1;
        double total = 0;
        for (int r = 0; r < n; r++) {
            total += f.value(lm, r);
        }
        sink.accept(step, metric, "", "", "", national != null ? national : total);
        for (int r = 0; r < n; r++) {
            sink.accept(step, metric, "", regionIds[r + 1], "", f.value(lm, r));
        }
    }

    @FunctionalInterface
    private interface RegionValue {
        double value(LabourMarketView lm, int region);
    }

    private void tally(MiningEconomy e) {
        for (double[] row : direct) {
            java.util.Arrays.fill(row, 0);
        }
        for (double[] row : indirect) {
            java.util.Arrays.fill(row, 0);
        }
        java.util.Arrays.fill(manufacturing, 0);
        for (Mine m : e.mines()) {
            int slot = stageSlot[m.stage().ordinal()];
            double jobs = m.employed();
            if (slot > 0 && jobs != 0) {
                int r = m.regionIndex() + 1;
                direct[r][slot] += jobs;
                direct[r][0] += jobs;
                direct[0][slot] += jobs;
                direct[0][0] += jobs;
            }
        }
        for (Supplier s : e.suppliers()) {
            double jobs = s.employed();
            int k = s.kind().ordinal() + 1;
            int r = s.regionIndex() + 1;
            indirect[r][k] += jobs;
            indirect[r][0] += jobs;
            indirect[0][k] += jobs;
            indirect[0][0] += jobs;
        }
        for (Manufacturer m : e.manufacturers()) {
            double jobs = m.employed();
            manufacturing[m.regionIndex() + 1] += jobs;
            manufacturing[0] += jobs;
        }
    }
}
