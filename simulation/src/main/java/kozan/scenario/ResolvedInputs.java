package kozan.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import kozan.scenario.io.IoTable;
import kozan.scenario.io.RegionalIo;

/**
 * The inputs a scenario file names but does not contain, read and checked when the scenario is loaded. Immutable;
 * one instance serves every replication of the scenario.
 *
 * @param ioTable    the input-output table named by {@code io_table.table}, with the scenario's compensation per employee
 * @param regionalIo the interregional IO model over the scenario's regions, built at load; null for inputs made
 *                   without the scenario's regions (use {@link #regionalIo(Scenario)}, which builds one then)
 * @param sources    the files the scenario was read from (the file named, then each file it extends), for the
 *                   manifest; empty for a scenario built in code. Provenance, not content: two scenarios that say the
 *                   same are equal wherever their text came from (a run's resolved scenario.yaml equals its source)
 */
public record ResolvedInputs(IoTable ioTable, RegionalIo regionalIo, List<ScenarioSource> sources) {

    public ResolvedInputs {
        Objects.requireNonNull(ioTable, "ioTable");
        sources = List.copyOf(sources);
    }

    /** Inputs with the table only, built in code: no source files; the regional model is built when first asked ({@link #regionalIo(Scenario)}). */
    public ResolvedInputs(IoTable ioTable) {
        this(ioTable, null, List.of());
    }

    /**
     * The inputs of a scenario built in code: a bundled table is read from the classpath; a table directory is
     * resolved against scenarioDir (the working directory when null). Scenario files go through
     * {@link ScenarioLoader}, which reports a bad table as a positioned problem instead of throwing.
     *
     * @throws kozan.scenario.io.IoTableException when the table cannot be read
     */
    public static ResolvedInputs of(IoTableSpec io, Path scenarioDir) {
        return new ResolvedInputs(IoTable.load(io.table(), scenarioDir, io.compensationPerEmployeeYen())
                .withPriceIndex(io.priceIndex2025Over2015()));
    }

    /** The table, the regional model and the source files of a bound scenario (the loader, once per load). */
    static ResolvedInputs of(Scenario s, IoTable table, List<ScenarioSource> sources) {
        return new ResolvedInputs(table, RegionalIo.of(table, regions(s), parameters(s, table)), sources);
    }

    /**
     * The scenario's regional IO model: the one built when it was loaded, or a new one when the scenario was built
     * or changed in code (its regions, labour or io_table keys differ from what the loaded one was built for).
     */
    public static RegionalIo regionalIo(Scenario s) {
        IoTable table = s.resolved().ioTable();
        List<RegionalIo.Region> regions = regions(s);
        RegionalIo.Parameters p = parameters(s, table);
        RegionalIo built = s.resolved().regionalIo();
        return built != null && built.builtFor(table, regions, p) ? built : RegionalIo.of(table, regions, p);
    }

    static List<RegionalIo.Region> regions(Scenario s) {
        return s.regions().stream().map(r -> new RegionalIo.Region(r.id(), r.lat(), r.lon(), r.prefectures(),
                r.workingAgePopulation())).toList();
    }

    static RegionalIo.Parameters parameters(Scenario s, IoTable table) {
        IoTableSpec io = s.ioTable();
        return new RegionalIo.Parameters(io.flqDelta(), io.distanceElasticity(), s.labor().consumptionPropensity(),
                table.index(io.miningSector()), table.index(io.equipmentSector()), table.index(io.engineeringSector()),
                table.index(io.processingSector()));
    }

    /** The regional model is derived from the table and the scenario, the sources are provenance: inputs with the same table are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ResolvedInputs other && ioTable.equals(other.ioTable);
    }

    @Override
    public int hashCode() {
        return ioTable.hashCode();
    }
}
