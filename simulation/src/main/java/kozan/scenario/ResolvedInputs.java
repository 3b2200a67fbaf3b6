package kozan.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import kozan.scenario.io.IoTable;

/**
 * The inputs a scenario file names but does not contain, read and checked when the scenario is loaded. Immutable;
 * one instance serves every replication of the scenario.
 *
 * @param ioTable the input-output table named by {@code io_table.table}, with the scenario's compensation per employee
 * @param sources the files the scenario was read from (the file named, then each file it extends), for the
 *                manifest; empty for a scenario built in code. Provenance, not content: two scenarios that say the
 *                same are equal wherever their text came from (a run's resolved scenario.yaml equals its source)
 */
public record ResolvedInputs(IoTable ioTable, List<ScenarioSource> sources) {

    public ResolvedInputs {
        Objects.requireNonNull(ioTable, "ioTable");
        sources = List.copyOf(sources);
    }

    /** Inputs of a scenario built in code: no source files. */
    public ResolvedInputs(IoTable ioTable) {
        this(ioTable, List.of());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResolvedInputs r && ioTable.equals(r.ioTable);
    }

    @Override
    public int hashCode() {
        return ioTable.hashCode();
    }

    /**
     * The inputs of a scenario built in code: a bundled table is read from the classpath; a table directory is
     * resolved against scenarioDir (the working directory when null). Scenario files go through
     * {@link ScenarioLoader}, which reports a bad table as a positioned problem instead of throwing.
     *
     * @throws kozan.scenario.io.IoTableException when the table cannot be read
     */
    public static ResolvedInputs of(IoTableSpec io, Path scenarioDir) {
        return new ResolvedInputs(IoTable.load(io.table(), scenarioDir, io.compensationPerEmployeeYen()));
    }
}
