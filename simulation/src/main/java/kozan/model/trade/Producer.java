package kozan.model.trade;

import kozan.scenario.ProducerSpec;

/**
 * The producers of one origin in a world market (docs/model.md 7.1.1). Capacity K (t/yr) is the start capacity plus
 * that of its projects ({@link ProjectPipeline}); output within capacity responds to the price the origin receives
 * (China: its domestic price; the others: the export price), relative to the start:
 * <pre>
 *   util = clamp( util0 x (P / P0)^eps_u , util_min , 1 )
 *   q    = util x K / 12                                          t/month
 *   q    = min(q, (1 + iota) x production quota / 12)            when a PRODUCTION_QUOTA is in force (China)
 * </pre>
 */
final class Producer {

    private final ProducerSpec spec;
    private final ProjectPipeline[] projects;
    private final double startPrice;
    private final double elasticity;
    private final double undocumentedShare;

    private double capacityTPerYear;
    private double outputT;

    /**
     * @param startPrice        the price this origin receives at the start, JPY/t
     * @param elasticity        utilisation elasticity eps_u
     * @param undocumentedShare iota: output above a production quota as a share of it
     */
    Producer(ProducerSpec spec, ProjectPipeline.Rules rules, double startPrice, double elasticity, double undocumentedShare) {
        this.spec = spec;
        this.projects = spec.projects().stream().map(p -> new ProjectPipeline(p, rules)).toArray(ProjectPipeline[]::new);
        this.startPrice = startPrice;
        this.elasticity = elasticity;
        this.undocumentedShare = undocumentedShare;
        this.capacityTPerYear = capacity();
    }

    String id() {
        return spec.id();
    }

    ProducerSpec spec() {
        return spec;
    }

    boolean homeMarket() {
        return spec.homeMarket();
    }

    int projectCount() {
        return projects.length;
    }

    ProjectPipeline project(int i) {
        return projects[i];
    }

    /** Advances the projects one month; {@code decided[i]} starts project i's ramp this month. */
    void advanceProjects(double meanExportPrice, boolean[] decided) {
        for (int i = 0; i < projects.length; i++) {
            projects[i].advance(meanExportPrice, decided != null && decided[i]);
        }
        capacityTPerYear = capacity();
    }

    private double capacity() {
        double k = spec.capacityTPerYear();
        for (ProjectPipeline p : projects) {
            k += p.capacityTPerYear();
        }
        return k;
    }

    /** Utilisation at a received price, JPY/t. */
    double utilisation(double price) {
        double u = spec.utilisation() * Math.pow(price / startPrice, elasticity);
        return Math.max(spec.minUtilisation(), Math.min(1.0, u));
    }

    /**
     * Sets and returns this month's output, t.
     *
     * @param price             the price this origin receives, JPY/t
     * @param productionQuotaT  production quota in t/yr, NaN when none is in force
     */
    double produce(double price, double productionQuotaT) {
        double q = utilisation(price) * capacityTPerYear / 12.0;
        if (!Double.isNaN(productionQuotaT)) {
            q = Math.min(q, (1.0 + undocumentedShare) * productionQuotaT / 12.0);
        }
        outputT = q;
        return q;
    }

    /** Capacity in production this month, t/yr. */
    double capacityTPerYear() {
        return capacityTPerYear;
    }

    /** Output this month, t. */
    double outputT() {
        return outputT;
    }
}
