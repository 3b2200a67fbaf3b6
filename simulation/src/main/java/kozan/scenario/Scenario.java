package kozan.scenario;

import java.util.List;

/**
 * A whole scenario, format version 1. YAML keys are the component names in snake_case
 * (e.g. {@code mineDefaults} is {@code mine_defaults:}). Instances are immutable and validated.
 * {@link #resolved()} holds what the file names but does not contain (the IO table), read when it is loaded; it is
 * null only inside {@link ScenarioLoader}, between binding and resolution.
 */
public record Scenario(
        @Field(doc = "Scenario format version; only 1 exists.", min = 1, max = 1, dflt = "1") int version,
        @Field(doc = "Name, description and sources of the scenario.") Metadata metadata,
        @Field(doc = "Start month and horizon.") CalendarSpec calendar,
        @Field(doc = "NORMAL, or IO_PARITY to switch off capacity and labour constraints and fix prices.", dflt = "NORMAL") Mode mode,
        @Field(doc = "Seed, replications and target years.", dflt = "{}") RunSpec run,
        @Field(doc = "Regions (labour markets). Mines, suppliers and manufacturers belong to one.", min = 1) List<RegionSpec> regions,
        @Field(doc = "Labour-market parameters shared by all regions.", dflt = "{}") LabourSpec labor,
        @Field(doc = "Commodities, their world markets and import sources.", min = 1) List<CommoditySpec> commodities,
        @Field(doc = "Defaults for every mine (stage durations, labour, finance).", dflt = "{}") MineDefaults mineDefaults,
        @Field(doc = "Mines and prospects that exist at the start.", dflt = "[]") List<MineSpec> mines,
        @Field(doc = "Random prospect generators per region and commodity.", dflt = "[]") List<ProspectGeneratorSpec> prospectGenerators,
        @Field(doc = "EQUIPMENT, ENGINEERING and PROCESSING suppliers.", dflt = "[]") List<SupplierSpec> suppliers,
        @Field(doc = "Manufacturers that consume the commodities.", dflt = "[]") List<ManufacturerSpec> manufacturers,
        @Field(doc = "Mining establishments with a constant head count and no output (head offices): MINING-class jobs (jobs_direct detail FIXED) that are the same in every run of a comparison.", dflt = "[]") List<FixedEmployerSpec> fixedEmployers,
        @Field(doc = "Government policy levers with timelines.", dflt = "{}") GovernmentSpec government,
        @Field(doc = "Scheduled events: export restrictions, price shocks, disasters.", dflt = "[]") List<EventSpec> events,
        @Field(doc = "Input-output table used for supplier and induced employment.", dflt = "{}") IoTableSpec ioTable,
        @Field(doc = "A sensitivity case: the scenario may set behavioural parameters (thrifting, the import logit, the world market's price rule and elasticities; kozan.scenario.BehaviouralParameters) to values other than the baseline's. Every other scenario uses the baseline's one parameter set (docs/model.md 7.1.1).", dflt = "false") boolean sensitivityCase,
        @Resolved ResolvedInputs resolved) {

    /** A scenario that is not a sensitivity case (the form before the key existed). */
    public Scenario(int version, Metadata metadata, CalendarSpec calendar, Mode mode, RunSpec run,
            List<RegionSpec> regions, LabourSpec labor, List<CommoditySpec> commodities, MineDefaults mineDefaults,
            List<MineSpec> mines, List<ProspectGeneratorSpec> prospectGenerators, List<SupplierSpec> suppliers,
            List<ManufacturerSpec> manufacturers, List<FixedEmployerSpec> fixedEmployers, GovernmentSpec government,
            List<EventSpec> events, IoTableSpec ioTable, ResolvedInputs resolved) {
        this(version, metadata, calendar, mode, run, regions, labor, commodities, mineDefaults, mines,
                prospectGenerators, suppliers, manufacturers, fixedEmployers, government, events, ioTable, false, resolved);
    }

    /**
     * A scenario built in code (tests, tools): its IO table is read here (a bundled table from the classpath, a
     * directory relative to the working directory); a partial fixture without {@code ioTable} has no resolved
     * inputs and cannot run the model. Scenario files are loaded with {@link ScenarioLoader}. It has no fixed employers.
     */
    public Scenario(int version, Metadata metadata, CalendarSpec calendar, Mode mode, RunSpec run,
            List<RegionSpec> regions, LabourSpec labor, List<CommoditySpec> commodities, MineDefaults mineDefaults,
            List<MineSpec> mines, List<ProspectGeneratorSpec> prospectGenerators, List<SupplierSpec> suppliers,
            List<ManufacturerSpec> manufacturers, GovernmentSpec government, List<EventSpec> events,
            IoTableSpec ioTable) {
        this(version, metadata, calendar, mode, run, regions, labor, commodities, mineDefaults, mines,
                prospectGenerators, suppliers, manufacturers, List.of(), government, events, ioTable, false,
                ioTable == null ? null : ResolvedInputs.of(ioTable, null));
    }

    public int steps() {
        return calendar.horizonYears() * 12;
    }
}
