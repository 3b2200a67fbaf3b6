package kozan.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kozan.scenario.AgreementSpec;
import kozan.scenario.CalendarSpec;
import kozan.scenario.CommoditySpec;
import kozan.scenario.DistSpec;
import kozan.scenario.EventSpec;
import kozan.scenario.GovernmentSpec;
import kozan.scenario.ImportSourceSpec;
import kozan.scenario.IntensitySpec;
import kozan.scenario.IoTableSpec;
import kozan.scenario.LabourSpec;
import kozan.scenario.ManufacturerSpec;
import kozan.scenario.Metadata;
import kozan.scenario.MineDefaults;
import kozan.scenario.MineSpec;
import kozan.scenario.Mode;
import kozan.scenario.PriceSpec;
import kozan.scenario.ProspectGeneratorSpec;
import kozan.scenario.RegionSpec;
import kozan.scenario.RunSpec;
import kozan.scenario.Scenario;
import kozan.scenario.Sector;
import kozan.scenario.Stage;
import kozan.scenario.StageDurations;
import kozan.scenario.SupplierKind;
import kozan.scenario.SupplierSpec;
import kozan.scenario.TargetedSupportSpec;
import kozan.scenario.Timeline;
import kozan.scenario.TimelinePoint;

/**
 * Scenario records built in code for model tests (independent of the YAML loader): three regions, rare
 * earths (critical, China-dominated, separation plant opening later), copper (smelter on imported
 * concentrate), limestone (direct use), mines in every early stage, a prospect generator, suppliers of every
 * kind and two manufacturers. Values are round numbers of the right order of magnitude, not a calibration.
 */
public final class TestScenarios {

    public static final YearMonth START = YearMonth.of(2025, 1);

    private TestScenarios() {
    }

    public static LabourSpec labor() {
        return new LabourSpec(0.35, 0.5, 0.15, 0.10, 0.01, 0.3, 1.0, 0.8, 0.002, 0.001, 0.7, 0.6, 3);
    }

    public static StageDurations durations() {
        return new StageDurations(lognormal(48, 18), lognormal(30, 12), lognormal(42, 15), lognormal(36, 10), lognormal(36, 12));
    }

    public static DistSpec lognormal(double mean, double sd) {
        return new DistSpec(DistSpec.DistKind.LOGNORMAL, mean, sd, null, null, null);
    }

    public static MineDefaults mineDefaults() {
        return new MineDefaults(durations(), 0.3, 0.08, 20e6, 30e6, 12, 8, 25, 15, 6, 0.15, 60, 18, 0.5, 0.1, 0.03, 12,
                0.5, 0.6, 0.9, 0.3, 0.1, 0.5, 20);
    }

    public static GovernmentSpec government(List<AgreementSpec> agreements, List<TargetedSupportSpec> targeted,
                                            double stockpileDays, double lossCover) {
        Timeline zero = Timeline.constant(0);
        Timeline one = Timeline.constant(1);
        return new GovernmentSpec(zero, zero, zero, Timeline.constant(lossCover), one, one, 0.08, 0.25, zero, zero, zero, zero,
                zero, 0.005, 0.001, zero, Timeline.constant(stockpileDays), null, 0.1, 0.05, 1.3, agreements, targeted, 0.05);
    }

    public static ImportSourceSpec source(String id, double share, double volume, double hazard, double worldShare, boolean partner) {
        return new ImportSourceSpec(id, share, volume, 0.0, hazard, 0.5, 6, worldShare, partner);
    }

    public static PriceSpec price(double p, double sigma) {
        return new PriceSpec(p, p, 0.0, 0.5, sigma, 0.0, 0.0, 0.2, 0.05);
    }

    public static CommoditySpec rareEarths() {
        return new CommoditySpec("rare_earths", "Rare earths", "t REO", true, false, price(1.5e6, 0.25), 0.0, 1.0, 0.05, 0.7, 0.02, 1.5,
                List.of(source("china", 0.6, 12000, 0.05, 0.7, false), source("australia", 0.3, 8000, 0.02, 0.1, true),
                        source("vietnam", 0.1, 4000, 0.05, 0.02, false)), 0.15);
    }

    public static CommoditySpec copper() {
        return new CommoditySpec("copper", "Copper", "t Cu", false, false, price(1.4e6, 0.2), 0.0, 1.0, 0.05, 0.7, 0.02, 1.5,
                List.of(source("chile", 0.5, 800000, 0.02, 0.25, false), source("australia", 0.3, 500000, 0.01, 0.05, false),
                        source("peru", 0.2, 400000, 0.03, 0.1, false)), 0.15);
    }

    public static CommoditySpec limestone() {
        return new CommoditySpec("limestone", "Limestone", "t", false, true, price(2000, 0.05), 0.0, 1.0, 0.05, 0.7, 0.02, 1.5,
                List.of(source("vietnam", 1.0, 5e6, 0.01, 0.05, false)), 0.15);
    }

    public static MineSpec mine(String id, String region, String commodity, Stage stage, double ore, double grade,
                                double capacity, double capex, double opex, double workersPerKt) {
        return new MineSpec(id, null, region, commodity, 35.0, 139.0, stage, 0, ore, grade, 0.9, capacity, capex, 0.0, opex, 0.01,
                0.05 * capex, workersPerKt, 0.0, 0.5, 0.5, 0.01, 50, 0.0, false, 1.0, null, null);
    }

    /** A mine with a sure discovery (pDiscover 1) and a comfortable NPV, to walk the whole life cycle. */
    public static MineSpec sureThing(String id, String region) {
        return new MineSpec(id, null, region, "copper", 40.0, 141.0, Stage.PROSPECT, 0, 3.0e6, 0.02, 0.9, 300000, 3e9, 0.0, 3000,
                0.01, 5e8, 0.3, 0.0, 0.5, 0.5, 0.01, 40, 0.0, false, 1.0, 1.0, null);
    }

    public static List<MineSpec> mines() {
        List<MineSpec> m = new ArrayList<>();
        m.add(mine("quarry-kanto", "kanto", "limestone", Stage.PRODUCTION, 5e8, 1.0, 2e7, 2e10, 900, 0.02));
        m.add(mine("quarry-kyushu", "kyushu", "limestone", Stage.PRODUCTION, 3e8, 1.0, 1e7, 1e10, 1000, 0.02));
        m.add(new MineSpec("ree-mud", null, "kanto", "rare_earths", 24.3, 154.0, Stage.EXPLORATION, 12, 5e7, 0.003, 0.7, 1.0e6, 2e11,
                5e9, 20000, 0.01, 2e10, 0.05, 0.0, 0.2, 0.3, 0.05, 10, 0.5, true, 0.4, 0.9, null));
        m.add(sureThing("cu-tohoku", "tohoku"));
        m.add(mine("cu-kyushu", "kyushu", "copper", Stage.FEASIBILITY, 4e6, 0.015, 400000, 5e9, 3500, 0.3));
        m.add(mine("cu-hokkaido", "tohoku", "copper", Stage.PROSPECT, 2e6, 0.012, 200000, 3e9, 4000, 0.3));
        return m;
    }

    public static List<SupplierSpec> suppliers() {
        return List.of(
                supplier("machinery-kanto", SupplierKind.EQUIPMENT, "kanto", null, 2e10, 0, null),
                supplier("engineering-kanto", SupplierKind.ENGINEERING, "kanto", null, 3e10, 0, null),
                supplier("engineering-kyushu", SupplierKind.ENGINEERING, "kyushu", null, 1e10, 0, null),
                supplier("smelter-cu", SupplierKind.PROCESSING, "kyushu", "copper", 600000, 550000, null),
                supplier("ree-separation", SupplierKind.PROCESSING, "kanto", "rare_earths", 5000, 0, YearMonth.of(2032, 1)));
    }

    public static SupplierSpec supplier(String id, SupplierKind kind, String region, String commodity, double cap,
                                        double importedFeed, YearMonth opens) {
        return new SupplierSpec(id, null, kind, region, commodity, cap, importedFeed, opens, null, null, 0.9, 0.5, 12, 18, 0.2);
    }

    public static List<ManufacturerSpec> manufacturers() {
        return List.of(
                new ManufacturerSpec("electronics-kanto", null, Sector.ELECTRONICS, "kanto", 3e13, 0.01, 0.01,
                        List.of(new IntensitySpec("rare_earths", 0.4), new IntensitySpec("copper", 30)), 2, 50, 2, 10, 0.01),
                new ManufacturerSpec("auto-kyushu", null, Sector.AUTOMOTIVE, "kyushu", 2e13, 0.0, 0.01,
                        List.of(new IntensitySpec("rare_earths", 0.2), new IntensitySpec("copper", 20)), 2, 40, 2, 10, 0.01),
                new ManufacturerSpec("cement-kyushu", null, Sector.STEEL_CEMENT, "kyushu", 2e12, 0.0, 0.01,
                        List.of(new IntensitySpec("limestone", 15000)), 1, 30, 2, 10, 0.01));
    }

    public static List<RegionSpec> regions() {
        return List.of(region("tohoku", 5.5e6), region("kanto", 2.8e7), region("kyushu", 8e6));
    }

    static RegionSpec region(String id, double pop) {
        return new RegionSpec(id, null, 36, 138, List.of(), pop, 0.8, -0.01, 0.025, -0.01, 200, 300000);
    }

    public static List<ProspectGeneratorSpec> generators() {
        return List.of(new ProspectGeneratorSpec("gen-cu-tohoku", "tohoku", "copper", 0.5, null, 40.0, 140.5,
                lognormal(3e6, 1.5e6), new DistSpec(DistSpec.DistKind.UNIFORM, null, null, 0.005, null, 0.02), 0.9, 0.08,
                10000, 3500, 0.3, 0.5, 0.01, 100));
    }

    /** The standard test scenario. */
    public static Scenario base() {
        return build("test-base", 35, List.of(), government(List.of(), List.of(), 60, 0), Mode.NORMAL, mines(), generators());
    }

    public static Scenario build(String name, int years, List<EventSpec> events, GovernmentSpec gov, Mode mode,
                                 List<MineSpec> mines, List<ProspectGeneratorSpec> generators) {
        return new Scenario(1, new Metadata(name, null, null, List.of()), new CalendarSpec(START, years), mode,
                new RunSpec(20250101L, 2, List.of(2030, 2040)), regions(), labor(),
                List.of(rareEarths(), copper(), limestone()), mineDefaults(), mines, generators, suppliers(), manufacturers(),
                gov, events, new IoTableSpec("japan-2015-37", "06", "30", "66", "27", 4.8e6));
    }

    /** Base scenario with extra events. */
    public static Scenario withEvents(List<EventSpec> events) {
        return build("test-events", 35, events, government(List.of(), List.of(), 60, 0), Mode.NORMAL, mines(), generators());
    }

    /** Base scenario with a government spec. */
    public static Scenario withGovernment(GovernmentSpec gov) {
        return build("test-policy", 35, List.of(), gov, Mode.NORMAL, mines(), generators());
    }

    public static TargetedSupportSpec support(String mine, double grant, double backed) {
        return new TargetedSupportSpec(mine, START, grant, backed, 0);
    }

    public static Timeline from(YearMonth m, double v) {
        return new Timeline(List.of(new TimelinePoint(m, v)));
    }
}
