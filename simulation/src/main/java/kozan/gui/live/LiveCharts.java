package kozan.gui.live;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kozan.observe.Metrics;
import kozan.scenario.CommoditySpec;
import kozan.scenario.RegionSpec;
import kozan.scenario.Scenario;
import kozan.scenario.Stage;

/**
 * The five live charts of the planner GUI, with series fixed by the scenario: jobs by class, import dependence
 * by commodity, world prices (as an index, since JPY/t spans seven orders of magnitude across commodities),
 * the mine pipeline by stage, and unemployment by region.
 */
public final class LiveCharts {

    /** Okabe-Ito colour-blind-safe palette. */
    static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000),
            new Color(0x999933), new Color(0x882255));

    private static final String[] JOB_METRICS = {Metrics.JOBS_DIRECT, Metrics.JOBS_INDIRECT, Metrics.JOBS_INDUCED};

    private LiveCharts() {
    }

    public static List<LiveChart> standard(Scenario s) {
        return List.of(jobsByClass(), importDependence(s), prices(s), minePipeline(), unemployment(s));
    }

    static LiveChart jobsByClass() {
        List<String> names = List.of("Direct (mining and quarrying)", "Indirect (supply chain)", "Induced (household spending)");
        return new LiveChart("Jobs by class", "National, persons, monthly", "Jobs (persons)", LiveChart.Kind.STACKED,
                false, names, List.of(PALETTE.get(0), PALETTE.get(1), PALETTE.get(2)), snap -> {
                    double[] y = new double[JOB_METRICS.length];
                    for (int i = 0; i < y.length; i++) {
                        y[i] = snap.national(JOB_METRICS[i], "");
                    }
                    return y;
                }, false);
    }

    static LiveChart importDependence(Scenario s) {
        List<CommoditySpec> cs = s.commodities();
        return new LiveChart("Import dependence by commodity", "Imports / (imports + domestic-origin supply), monthly",
                "Import dependence (share)", LiveChart.Kind.LINES, true, commodityNames(cs),
                LiveChart.cycle(cs.size(), PALETTE), snap -> {
                    double[] y = new double[cs.size()];
                    for (int i = 0; i < y.length; i++) {
                        y[i] = snap.national(Metrics.IMPORT_DEPENDENCE, cs.get(i).id());
                    }
                    return y;
                }, false);
    }

    static LiveChart prices(Scenario s) {
        List<CommoditySpec> cs = s.commodities();
        return new LiveChart("World prices", "Index: first month = 100 (JPY/t prices differ by orders of magnitude)",
                "Price index (first month = 100)", LiveChart.Kind.LINES, false, commodityNames(cs),
                LiveChart.cycle(cs.size(), PALETTE), snap -> {
                    double[] y = new double[cs.size()];
                    for (int i = 0; i < y.length; i++) {
                        y[i] = snap.national(Metrics.WORLD_PRICE, cs.get(i).id());
                    }
                    return y;
                }, true);
    }

    static LiveChart minePipeline() {
        Stage[] stages = Stage.values();
        List<String> names = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        for (Stage st : stages) {
            names.add(pretty(st.name()));
            colors.add(kozan.gui.map.MinePortrayal.color(st));
        }
        return new LiveChart("Mine pipeline", "Mines and prospects by stage, end of month", "Mines (count)",
                LiveChart.Kind.STACKED, false, names, colors, snap -> {
                    double[] y = new double[stages.length];
                    for (int i = 0; i < y.length; i++) {
                        String stage = stages[i].name();
                        y[i] = snap.sum(k -> k.metric().equals(Metrics.MINES_IN_STAGE) && k.region().isEmpty()
                                && k.detail().equalsIgnoreCase(stage));
                    }
                    return y;
                }, false);
    }

    static LiveChart unemployment(Scenario s) {
        List<RegionSpec> rs = s.regions();
        List<String> names = rs.stream().map(r -> r.name() == null ? r.id() : r.name()).toList();
        LiveChart chart = new LiveChart("Unemployment by region", "Unemployed / labour force, monthly", "Unemployment rate",
                LiveChart.Kind.LINES, true, names, LiveChart.cycle(rs.size(), PALETTE), snap -> {
                    double[] y = new double[rs.size()];
                    for (int i = 0; i < y.length; i++) {
                        y[i] = snap.region(Metrics.UNEMPLOYMENT_RATE, "", rs.get(i).id());
                    }
                    return y;
                }, false);
        // rates of a few per cent would be a flat line on the builders' fixed 0-100% axis
        org.jfree.chart.axis.ValueAxis axis = chart.chart().getXYPlot().getRangeAxis();
        axis.setAutoRange(true);
        return chart;
    }

    private static List<String> commodityNames(List<CommoditySpec> cs) {
        return cs.stream().map(c -> c.name() == null ? pretty(c.id()) : c.name()).toList();
    }

    static String pretty(String id) {
        String s = id.replace('_', ' ').toLowerCase(Locale.ROOT);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
