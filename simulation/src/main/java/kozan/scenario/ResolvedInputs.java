package kozan.scenario;

import java.nio.file.Path;
import java.util.Objects;

import kozan.scenario.io.IoTable;

/**
 * The inputs a scenario file names but does not contain, read and checked when the scenario is loaded. Immutable;
 * one instance serves every replication of the scenario.
 *
 * @param ioTable the input-output table named by {@code io_table.table}, with the scenario's compensation per employee
 */
public record ResolvedInputs(IoTable ioTable) {

    public ResolvedInputs {
        Objects.requireNonNull(ioTable, "ioTable");
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
}
