package kozan.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.error.Mark;

/**
 * Semantic checks after binding: unique ids, references between entities, shares summing to 1, dates inside
 * the horizon, kind-dependent fields and distribution parameters. Positions come from the binder's path marks.
 */
final class ScenarioValidator {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern GENERATED_SUFFIX = Pattern.compile("-\\d+");
    private static final double SHARE_TOLERANCE = 1e-6;
    /** Longest scenario name: it is part of result folder and file names. */
    static final int MAX_NAME_LENGTH = 64;
    /** Supported first months (assumption: no series Kozan uses reaches before 1950; none can say much past 2100). */
    static final YearMonth EARLIEST_START = YearMonth.of(1950, 1);
    static final YearMonth LATEST_START = YearMonth.of(2100, 12);

    private final String file;
    private final Map<String, Mark> marks;
    private final List<Problem> problems;
    private final boolean defaultTargetYears;
    /** Paths set by overrides: their problems name the override instead of a file position. */
    private final Map<String, String> overridden;
    private Scenario s;
    private boolean calendarOutOfRange;

    /** defaultTargetYears: run.target_years came from the default, so it is fitted to the horizon, not checked. */
    ScenarioValidator(String file, Map<String, Mark> marks, Map<String, String> overridden, List<Problem> problems,
            boolean defaultTargetYears) {
        this.file = file;
        this.marks = marks;
        this.overridden = overridden;
        this.problems = problems;
        this.defaultTargetYears = defaultTargetYears;
    }

    void validate(Scenario scenario) {
        this.s = scenario;
        if (!NAME.matcher(s.metadata().name()).matches()) {
            error("metadata.name", "invalid name '" + s.metadata().name()
                    + "'; allowed: lower-case letters, digits and dashes, starting with a letter or digit (e.g. rare-earth-push)");
        } else if (s.metadata().name().length() > MAX_NAME_LENGTH) {
            // the name becomes part of result folder and file names, which file systems limit to 255 bytes
            error("metadata.name", "name has " + s.metadata().name().length() + " characters; allowed: at most "
                    + MAX_NAME_LENGTH);
        }
        YearMonth start = s.calendar().start();
        if (start.isBefore(EARLIEST_START) || start.isAfter(LATEST_START)) {
            // reported once: every check against the horizon (target years, lever and event months) would only
            // repeat this cause, so they are skipped
            calendarOutOfRange = true;
            error("calendar.start", "month " + start + " is outside the supported range; allowed: " + EARLIEST_START
                    + " to " + LATEST_START);
        }
        Map<String, Integer> regions = ids("regions", s.regions(), RegionSpec::id);
        for (int i = 0; i < s.regions().size(); i++) {
            String id = s.regions().get(i).id();
            if (id.equalsIgnoreCase(RegionSpec.NATIONAL)) {
                error("regions[" + i + "].id", "regions[" + id + "].id", "region id '" + id + "' is reserved: output"
                        + " tables write the national rows as region " + RegionSpec.NATIONAL + "; allowed: another id"
                        + " (e.g. japan_rest)");
            }
        }
        Map<String, Integer> commodities = ids("commodities", s.commodities(), CommoditySpec::id);
        Map<String, Integer> mines = ids("mines", s.mines(), MineSpec::id);
        ids("prospect_generators", s.prospectGenerators(), ProspectGeneratorSpec::id);
        // Generated prospects are named <generator id>-<n>; a mine with such an id would share their random streams.
        // One look-up per mine (a generator id is the mine id less a -<digits> suffix), not mines x generators.
        java.util.Set<String> generatorIds = new java.util.HashSet<>();
        s.prospectGenerators().forEach(g -> generatorIds.add(g.id()));
        for (MineSpec m : s.mines()) {
            java.util.regex.Matcher suffix = GENERATED_SUFFIX.matcher(m.id());
            for (int at = m.id().indexOf('-'); at >= 0; at = m.id().indexOf('-', at + 1)) {
                String g = m.id().substring(0, at);
                if (generatorIds.contains(g) && suffix.region(at, m.id().length()).matches()) {
                    error("mines[" + m.id() + "].id", "mine id '" + m.id() + "' clashes with the prospects of generator '"
                            + g + "' (named " + g + "-1, " + g + "-2, ...); allowed: another id");
                }
            }
        }
        ids("suppliers", s.suppliers(), SupplierSpec::id);
        ids("manufacturers", s.manufacturers(), ManufacturerSpec::id);
        ids("fixed_employers", s.fixedEmployers(), FixedEmployerSpec::id);
        for (FixedEmployerSpec f : s.fixedEmployers()) {
            ref("fixed_employers[" + f.id() + "].region", f.region(), regions, "region");
        }
        ids("events", s.events(), EventSpec::id);
        ids("government.agreements", s.government().agreements(), AgreementSpec::id);
        for (CommoditySpec c : s.commodities()) {
            String p = "commodities[" + c.id() + "]";
            ids(p + ".import_sources", c.importSources(), ImportSourceSpec::id);
            double sum = c.importSources().stream().mapToDouble(ImportSourceSpec::share).sum();
            if (Math.abs(sum - 1.0) > SHARE_TOLERANCE) {
                String shown = new java.math.BigDecimal(sum).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
                error(p + ".import_sources", "import shares of '" + c.id() + "' sum to " + shown
                        + "; allowed: a sum of 1 (within 1e-6)");
            }
            market(p, c);
        }
        for (RegionSpec r : s.regions()) {
            for (int i = 0; i < r.prefectures().size(); i++) {
                int code = r.prefectures().get(i);
                if (code < 1 || code > 47) {
                    error("regions[" + r.id() + "].prefectures[" + i + "]", "no prefecture " + code + "; allowed: JIS codes 1 to 47");
                }
            }
        }
        for (MineSpec m : s.mines()) {
            String p = "mines[" + m.id() + "]";
            ref(p + ".region", m.region(), regions, "region");
            products(p, m, commodities);
            if (m.deepSeaDraws() != null) {
                deepSea(p, m);
            }
            if (m.stageDurations() != null) {
                durations(p + ".stage_durations", m.stageDurations());
            }
        }
        durations("mine_defaults.stage_durations", s.mineDefaults().stageDurations());
        for (ProspectGeneratorSpec g : s.prospectGenerators()) {
            String p = "prospect_generators[" + g.id() + "]";
            ref(p + ".region", g.region(), regions, "region");
            ref(p + ".commodity", g.commodity(), commodities, "commodity");
            for (int i = 0; i < g.coproducts().size(); i++) {
                String c = g.coproducts().get(i).commodity();
                ref(p + ".coproducts[" + i + "].commodity", c, commodities, "commodity");
                if (c.equals(g.commodity())) {
                    error(p + ".coproducts[" + i + "].commodity", "commodity '" + c + "' is already the generator's main commodity; allowed: another commodity");
                }
            }
            dist(p + ".ore_t", g.oreT());
            dist(p + ".grade", g.grade());
            positive(p + ".ore_t", g.oreT(), false);
            positive(p + ".grade", g.grade(), false);
            if (g.from() != null) {
                notAfterEnd(p + ".from", g.from());
            }
        }
        suppliers(regions, commodities);
        manufacturers(regions, commodities);
        government(commodities, mines);
        events(regions, commodities);
        for (int i = 0; i < (defaultTargetYears || calendarOutOfRange ? 0 : s.run().targetYears().size()); i++) {
            int year = s.run().targetYears().get(i);
            int first = s.calendar().start().getYear();
            int last = end().getYear();
            if (year < first || year > last) {
                error("run.target_years[" + i + "]", "target year " + year + " is outside the horizon; allowed: "
                        + first + " to " + last);
            }
        }
    }

    /** Last simulated month. */
    private YearMonth end() {
        return s.calendar().monthOf(s.steps() - 1);
    }

    private String horizon() {
        return s.calendar().start() + " to " + end();
    }

    private void suppliers(Map<String, Integer> regions, Map<String, Integer> commodities) {
        for (SupplierSpec sp : s.suppliers()) {
            String p = "suppliers[" + sp.id() + "]";
            ref(p + ".region", sp.region(), regions, "region");
            if (sp.kind() == SupplierKind.PROCESSING) {
                if (sp.commodity() == null) {
                    error(p + ".kind", "a PROCESSING supplier needs 'commodity' (the commodity it refines); allowed: one of "
                            + String.join(", ", commodities.keySet()));
                } else {
                    ref(p + ".commodity", sp.commodity(), commodities, "commodity");
                }
            } else if (sp.commodity() != null) {
                error(p + ".commodity", "only PROCESSING suppliers have a commodity; got '" + sp.commodity() + "' on this "
                        + sp.kind() + " supplier; remove it");
            }
            if (sp.kind() != SupplierKind.PROCESSING && sp.importedFeedTPerYear() > 0) {
                error(p + ".imported_feed_t_per_year", "only PROCESSING suppliers take imported feed; got "
                        + ScenarioNumbers.format(sp.importedFeedTPerYear()) + "; allowed: 0 for " + sp.kind());
            }
            if (sp.contractBelow() >= sp.expandAbove()) {
                error(p + ".contract_below", "utilisation thresholds overlap; got contract_below "
                        + ScenarioNumbers.format(sp.contractBelow()) + " and expand_above " + ScenarioNumbers.format(sp.expandAbove())
                        + "; allowed: contract_below < expand_above");
            }
            if (sp.opens() != null) {
                notAfterEnd(p + ".opens", sp.opens());
            }
        }
    }

    private void manufacturers(Map<String, Integer> regions, Map<String, Integer> commodities) {
        for (ManufacturerSpec m : s.manufacturers()) {
            String p = "manufacturers[" + m.id() + "]";
            ref(p + ".region", m.region(), regions, "region");
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int i = 0; i < m.intensities().size(); i++) {
                String c = m.intensities().get(i).commodity();
                String ip = p + ".intensities[" + i + "].commodity";
                ref(ip, c, commodities, "commodity");
                Integer first = seen.putIfAbsent(c, i);
                if (first != null) {
                    error(ip, "commodity '" + c + "' already has an intensity at intensities[" + first + "]; give one per commodity");
                }
            }
        }
    }

    private void government(Map<String, Integer> commodities, Map<String, Integer> mines) {
        GovernmentSpec g = s.government();
        if (g.stockpileCommodities() != null) {
            for (int i = 0; i < g.stockpileCommodities().size(); i++) {
                ref("government.stockpile_commodities[" + i + "]", g.stockpileCommodities().get(i), commodities, "commodity");
            }
        }
        for (AgreementSpec a : g.agreements()) {
            String p = "government.agreements[" + a.id() + "]";
            if (ref(p + ".commodity", a.commodity(), commodities, "commodity", "")) {
                source(p + ".source", a.commodity(), a.source());
            }
            notAfterEnd(p + ".from", a.from());
            if (a.to() != null && a.to().isBefore(a.from())) {
                error(p + ".to", "agreement ends (" + a.to() + ") before it starts (" + a.from() + "); allowed: a month from "
                        + a.from() + " on");
            }
        }
        ids("government.equity_stakes", g.equityStakes(), EquityStakeSpec::id);
        for (EquityStakeSpec e : g.equityStakes()) {
            String p = "government.equity_stakes[" + e.id() + "]";
            if (ref(p + ".commodity", e.commodity(), commodities, "commodity", "")) {
                source(p + ".source", e.commodity(), e.source());
            }
            if (e.offtakeShare() > e.equityShare()) {
                error(p + ".offtake_share", "offtake share " + e.offtakeShare() + " exceeds the equity share "
                        + e.equityShare() + "; allowed: at most equity_share (offtake in proportion to the stake; a"
                        + " larger tonnage is a contract: contract_t_per_year)");
            }
            notAfterEnd(p + ".from", e.from());
            if (e.to() != null && e.to().isBefore(e.from())) {
                error(p + ".to", "stake ends (" + e.to() + ") before it starts (" + e.from() + "); allowed: a month from "
                        + e.from() + " on");
            }
        }
        TechnologySpec tech = g.technology();
        double rdShares = tech.rdShareAutomation() + tech.rdShareRemoteSensing() + tech.rdShareDrilling();
        if (rdShares > 1 + SHARE_TOLERANCE) {
            error("government.technology.rd_share_automation", "rd_share_automation + rd_share_remote_sensing + rd_share_drilling = "
                    + ScenarioNumbers.format(rdShares) + "; allowed: at most 1 (the rest funds deep-sea readiness)");
        }
        for (int i = 0; i < g.targetedSupport().size(); i++) {
            TargetedSupportSpec t = g.targetedSupport().get(i);
            ref("government.targeted_support[" + i + "].mine", t.mine(), mines, "mine");
            notAfterEnd("government.targeted_support[" + i + "].from", t.from());
        }
        for (Schema.Comp c : Schema.components(GovernmentSpec.class)) {
            if (Schema.kind(c.type()) == Schema.Kind.TIMELINE) {
                try {
                    Timeline t = (Timeline) c.component().getAccessor().invoke(g);
                    for (int i = 0; i < t.points().size(); i++) {
                        notAfterEnd("government." + c.key() + "[" + i + "].from", t.points().get(i).from());
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private void events(Map<String, Integer> regions, Map<String, Integer> commodities) {
        for (EventSpec e : s.events()) {
            String p = "events[" + e.id() + "]";
            if (!calendarOutOfRange && (e.start().isBefore(s.calendar().start()) || e.start().isAfter(end()))) {
                error(p + ".start", "event starts " + e.start() + ", outside the horizon; allowed: " + horizon());
            }
            announced(p, e);
            switch (e.kind()) {
                case EXPORT_RESTRICTION -> {
                    if (need(p, e.commodity(), "commodity", e.kind()) && need(p, e.source(), "source", e.kind())
                            && ref(p + ".commodity", e.commodity(), commodities, "commodity")) {
                        source(p + ".source", e.commodity(), e.source());
                    }
                    unused(p, e.region(), "region", e.kind());
                }
                case PRICE_SHOCK -> {
                    if (need(p, e.commodity(), "commodity", e.kind())) {
                        ref(p + ".commodity", e.commodity(), commodities, "commodity");
                    }
                    unused(p, e.source(), "source", e.kind());
                    unused(p, e.region(), "region", e.kind());
                }
                case DISASTER -> {
                    if (need(p, e.region(), "region", e.kind())) {
                        ref(p + ".region", e.region(), regions, "region");
                    }
                    unused(p, e.source(), "source", e.kind());
                }
                case EXPORT_QUOTA, EXPORT_QUOTA_BATCH, PRODUCTION_QUOTA, ACTIVITY, PROJECT_DECISION -> marketEvent(p, e, commodities);
                case MANUFACTURING_ACTIVITY -> {
                    unused(p, e.commodity(), "commodity", e.kind());
                    unused(p, e.source(), "source", e.kind());
                    unused(p, e.region(), "region", e.kind());
                    unused(p, e.project(), "project", e.kind());
                    positiveMultiplier(p, e);
                }
            }
        }
    }

    /** 'announced': only a cut buyers can see ahead (EXPORT_RESTRICTION, EXPORT_QUOTA, EXPORT_QUOTA_BATCH), not after its start. */
    private void announced(String p, EventSpec e) {
        if (e.announced() == null) {
            return;
        }
        if (!e.kind().announceable()) {
            error(p + ".announced", "'announced' is not used by " + article(e.kind()) + " " + e.kind()
                    + " event; got '" + e.announced() + "'; allowed on EXPORT_RESTRICTION, EXPORT_QUOTA and EXPORT_QUOTA_BATCH events");
        } else if (e.announced().isAfter(e.start())) {
            error(p + ".announced", "announced " + e.announced() + " is after the event's start " + e.start()
                    + "; allowed: the start month or earlier");
        }
    }

    /** A market price needs its market block; every import source ships from exactly one producer; one home market at most. */
    private void market(String p, CommoditySpec c) {
        MarketSpec m = c.price().market();
        if (!c.price().isMarket()) {
            return;   // a market block is kept but unused, so a stress test can switch a market commodity to exogenous
        }
        if (m == null) {
            error(p + ".price.model", "'model: market' needs a 'market' block (producers, demand); allowed: add it, or model: exogenous");
            return;
        }
        ids(p + ".price.market.producers", m.producers(), ProducerSpec::id);
        long homes = m.producers().stream().filter(ProducerSpec::homeMarket).count();
        if (homes > 1) {
            error(p + ".price.market.producers", homes + " producers have home_market: true; allowed: at most one (China)");
        }
        for (ImportSourceSpec src : c.importSources()) {
            long n = m.producers().stream().filter(x -> x.sourcesOrDefault().contains(src.id())).count();
            if (n != 1) {
                error(p + ".import_sources", "import source '" + src.id() + "' ships from " + n
                        + " producers of the market; allowed: exactly one (list it in a producer's import_sources, or name a producer after it)");
            }
        }
    }

    /** EXPORT_QUOTA, EXPORT_QUOTA_BATCH, PRODUCTION_QUOTA, ACTIVITY, PROJECT_DECISION: a commodity whose price model is market. */
    private void marketEvent(String p, EventSpec e, Map<String, Integer> commodities) {
        unused(p, e.source(), "source", e.kind());
        unused(p, e.region(), "region", e.kind());
        if (!need(p, e.commodity(), "commodity", e.kind()) || !ref(p + ".commodity", e.commodity(), commodities, "commodity")) {
            return;
        }
        CommoditySpec c = s.commodities().stream().filter(x -> x.id().equals(e.commodity())).findFirst().orElseThrow();
        if (!c.price().isMarket() || c.price().market() == null) {
            error(p + ".commodity", article(e.kind()) + " " + e.kind() + " event needs a commodity with 'price.model: market'; '"
                    + c.id() + "' is " + c.price().model());
            return;
        }
        if (e.kind() == EventSpec.EventKind.ACTIVITY) {
            positiveMultiplier(p, e);
        }
        if (e.kind() == EventSpec.EventKind.PROJECT_DECISION) {
            if (need(p, e.project(), "project", e.kind())) {
                Map<String, Integer> projects = new LinkedHashMap<>();
                c.price().market().producers().forEach(x -> x.projects().forEach(j -> projects.put(j.id(), 0)));
                ref(p + ".project", e.project(), projects, "project", " of the market of '" + c.id() + "'");
            }
        } else {
            unused(p, e.project(), "project", e.kind());
        }
    }

    /** ACTIVITY, MANUFACTURING_ACTIVITY: an index multiplier, so 0 (or the format's default, absent) is not one. */
    private void positiveMultiplier(String p, EventSpec e) {
        if (e.value() <= 0) {
            error(p + ".value", article(e.kind()) + " " + e.kind() + " multiplier must be > 0; got " + e.value()
                    + "; allowed: a value > 0 (1 = no change)");
        }
    }

    private boolean need(String p, String value, String key, Object kind) {
        if (value == null) {
            error(p + ".kind", article(kind) + " " + kind + " event needs '" + key + "'");
            return false;
        }
        return true;
    }

    private static String article(Object word) {
        return "AEIOU".indexOf(word.toString().charAt(0)) >= 0 ? "an" : "a";
    }

    private void unused(String p, String value, String key, Object kind) {
        if (value != null) {
            error(p + "." + key, "'" + key + "' is not used by " + article(kind) + " " + kind + " event; got '" + value
                    + "'; remove it");
        }
    }

    private void source(String path, String commodity, String source) {
        CommoditySpec c = s.commodities().stream().filter(x -> x.id().equals(commodity)).findFirst().orElseThrow();
        Map<String, Integer> sources = new LinkedHashMap<>();
        c.importSources().forEach(x -> sources.put(x.id(), 0));
        ref(path, source, sources, "import source", " of commodity '" + commodity + "'");
    }

    /**
     * A mine's products (issue #15): either the shorthand (commodity and grade) or a products list, not both; each
     * commodity once and known; a direct-use commodity (dug to order) only as a single product; grades summing to
     * at most 1 t per t of ore.
     */
    private void products(String p, MineSpec m, Map<String, Integer> commodities) {
        boolean shorthand = m.commodity() != null || m.grade() != null;
        if (m.products() != null && shorthand) {
            error(p + ".products", "both products and the one-product shorthand (commodity, grade) are given; allowed: one of them");
            return;
        }
        if (m.products() == null) {
            if (m.commodity() == null || m.grade() == null) {
                error(p, "mine '" + m.id() + "' has no " + (m.commodity() == null ? "commodity" : "grade")
                        + "; allowed: commodity and grade (one product), or products: [{commodity, grade, recovery}, ...]");
            } else {
                ref(p + ".commodity", m.commodity(), commodities, "commodity");
            }
            return;
        }
        if (m.products().isEmpty()) {
            error(p + ".products", "products is empty; allowed: at least one {commodity, grade, recovery}");
            return;
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        double gradeSum = 0;
        for (int i = 0; i < m.products().size(); i++) {
            ProductSpec ps = m.products().get(i);
            String ip = p + ".products[" + i + "].commodity";
            ref(ip, ps.commodity(), commodities, "commodity");
            Integer first = seen.putIfAbsent(ps.commodity(), i);
            if (first != null) {
                error(ip, "commodity '" + ps.commodity() + "' is already products[" + first + "]; give each commodity once");
            }
            Integer c = commodities.get(ps.commodity());
            if (c != null && m.products().size() > 1 && s.commodities().get(c).directUse()) {
                error(ip, "'" + ps.commodity() + "' is a direct-use commodity (dug to order), which cannot be one of several products;"
                        + " allowed: a processed commodity, or a one-product mine");
            }
            gradeSum += ps.grade();
        }
        if (gradeSum > 1 + SHARE_TOLERANCE) {
            error(p + ".products", "grades sum to " + ScenarioNumbers.format(gradeSum) + " t per t of ore; allowed: at most 1");
        }
    }

    private void deepSea(String p, MineSpec m) {
        DeepSeaSpec d = m.deepSeaDraws();
        String dp = p + ".deep_sea_draws";
        if (!m.deepSea()) {
            error(dp, "deep_sea_draws on a mine that is not deep_sea; allowed: deep_sea: true, or remove deep_sea_draws");
        }
        DistSpec[] dists = {d.capexYen(), d.opexYenPerTOre(), d.recovery(), d.rampUpMonths()};
        String[] names = {"capex_yen", "opex_yen_per_t_ore", "recovery", "ramp_up_months"};
        for (int i = 0; i < dists.length; i++) {
            if (dists[i] != null) {
                dist(dp + "." + names[i], dists[i]);
                positive(dp + "." + names[i], dists[i], i == 3);
            }
        }
        if (d.recovery() != null && d.recovery().kind() != DistSpec.DistKind.TRIANGULAR) {
            error(dp + ".recovery.kind", "recovery must be TRIANGULAR (its mode is the central recovery the draw scales); got " + d.recovery().kind());
        } else if (d.recovery() != null && d.recovery().max() != null && d.recovery().max() > 1) {
            error(dp + ".recovery.max", "recovery above 1; got " + ScenarioNumbers.format(d.recovery().max()) + "; allowed: at most 1");
        }
        for (int i = 1; i < d.milestones().size(); i++) {
            if (!d.milestones().get(i).month().isAfter(d.milestones().get(i - 1).month())) {
                error(dp + ".milestones[" + i + "].month", "milestones must be in date order; got " + d.milestones().get(i).month()
                        + " after " + d.milestones().get(i - 1).month());
            }
        }
    }

    private void durations(String p, StageDurations d) {
        String[] names = {"exploration", "feasibility", "permitting", "construction", "closure"};
        DistSpec[] dists = {d.exploration(), d.feasibility(), d.permitting(), d.construction(), d.closure()};
        for (int i = 0; i < names.length; i++) {
            dist(p + "." + names[i], dists[i]);
            positive(p + "." + names[i], dists[i], true);
        }
    }

    /** Durations may be 0 months; tonnages and grades must be above 0. Checks the smallest value the kind can give. */
    private void positive(String p, DistSpec d, boolean zeroAllowed) {
        Double low = switch (d.kind()) {
            case FIXED, LOGNORMAL -> d.mean();
            case TRIANGULAR, UNIFORM -> d.min();
        };
        String key = d.kind() == DistSpec.DistKind.FIXED || d.kind() == DistSpec.DistKind.LOGNORMAL ? "mean" : "min";
        if (low != null && (zeroAllowed ? low < 0 : low <= 0)) {
            error(p + "." + key, key + " must be " + (zeroAllowed ? ">= 0" : "> 0") + "; got " + ScenarioNumbers.format(low));
        }
    }

    private void dist(String p, DistSpec d) {
        List<String> needed = switch (d.kind()) {
            case FIXED -> List.of("mean");
            case LOGNORMAL -> List.of("mean", "sd");
            case TRIANGULAR -> List.of("min", "mode", "max");
            case UNIFORM -> List.of("min", "max");
        };
        Map<String, Double> given = new LinkedHashMap<>();
        given.put("mean", d.mean());
        given.put("sd", d.sd());
        given.put("min", d.min());
        given.put("mode", d.mode());
        given.put("max", d.max());
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Double> e : given.entrySet()) {
            if (needed.contains(e.getKey()) && e.getValue() == null) {
                missing.add(e.getKey());
            } else if (!needed.contains(e.getKey()) && e.getValue() != null) {
                error(p + "." + e.getKey(), "'" + e.getKey() + "' is not a parameter of " + d.kind() + "; allowed: "
                        + String.join(", ", needed));
            }
        }
        if (!missing.isEmpty()) {
            error(p + ".kind", d.kind() + " needs " + String.join(", ", missing) + "; allowed parameters: " + String.join(", ", needed));
            return;
        }
        switch (d.kind()) {
            case LOGNORMAL -> {
                if (d.mean() <= 0) {
                    error(p + ".mean", "LOGNORMAL mean must be > 0; got " + ScenarioNumbers.format(d.mean()));
                }
            }
            case TRIANGULAR -> {
                if (!(d.min() <= d.mode() && d.mode() <= d.max() && d.min() < d.max())) {
                    error(p + ".mode", "TRIANGULAR needs min <= mode <= max and min < max; got min "
                            + ScenarioNumbers.format(d.min()) + ", mode " + ScenarioNumbers.format(d.mode()) + ", max "
                            + ScenarioNumbers.format(d.max()));
                }
            }
            case UNIFORM -> {
                if (!(d.min() < d.max())) {
                    error(p + ".max", "UNIFORM needs min < max; got min " + ScenarioNumbers.format(d.min()) + ", max "
                            + ScenarioNumbers.format(d.max()));
                }
            }
            case FIXED -> {
            }
        }
    }

    private void notAfterEnd(String path, YearMonth month) {
        if (!calendarOutOfRange && month.isAfter(end())) {
            error(path, "month " + month + " is after the end of the horizon (" + end() + ") so it never takes effect; allowed: "
                    + "up to " + end());
        }
    }

    /** Checks unique ids; returns id -> index in first-seen order. */
    private <T> Map<String, Integer> ids(String listPath, List<T> items, Function<T, String> id) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String v = id.apply(items.get(i));
            Integer first = out.putIfAbsent(v, i);
            if (first != null) {
                Mark m = marks.get(listPath + "[" + first + "]");
                error(listPath + "[" + i + "]", listPath + "[" + v + "].id",
                        "duplicate id '" + v + "'" + (m != null ? "; first used at " + YamlTree.position(m) : "")
                                + "; allowed: ids unique within " + listPath);
            }
        }
        return out;
    }

    private boolean ref(String path, String id, Map<String, Integer> defined, String what) {
        return ref(path, id, defined, what, "");
    }

    private boolean ref(String path, String id, Map<String, Integer> defined, String what, String of) {
        if (defined.containsKey(id)) {
            return true;
        }
        String close = Names.closest(id, defined.keySet());
        error(path, "undefined " + what + " '" + id + "'" + of + "; " + (close != null ? "did you mean '" + close + "'? " : "")
                + "allowed: " + (defined.isEmpty() ? "(none defined)" : String.join(", ", defined.keySet())));
        return false;
    }

    /** Reports a problem at the position of a field path (shared with {@link IoTableValidator}). */
    void error(String path, String message) {
        error(path, path, message);
    }

    /** Reports at the position of markPath (or its nearest recorded parent) under the display path. */
    private void error(String markPath, String path, String message) {
        String p = markPath;
        Mark m = marks.get(p);
        while (m == null && !overridden.containsKey(p) && !p.isEmpty()) {
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
            m = marks.get(p);
        }
        if (overridden.containsKey(p)) {
            problems.add(new Problem(file, 0, 0, path, message + " (set by override " + overridden.get(p) + ")"));
        } else {
            problems.add(YamlTree.at(file, m, path, message));
        }
    }
}
