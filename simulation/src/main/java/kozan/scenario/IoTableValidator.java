package kozan.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

import kozan.scenario.io.IoTable;
import kozan.scenario.io.IoTableException;
import kozan.scenario.io.IoTableReader;

/**
 * Resolves the IO table a scenario names ({@code io_table.table}: a bundled table or a directory relative to the
 * scenario file) and checks that every sector code the scenario uses is in it. An unknown table, a missing or
 * malformed table file and an unknown sector code are reported at the bad value, like every other problem.
 */
final class IoTableValidator {
    private final BiConsumer<String, String> error;
    private final Path scenarioDir;

    /**
     * @param error       reports a problem at a field path (the validator's positions and override handling)
     * @param scenarioDir directory table names are resolved against (the scenario file's directory), or null for
     *                    the working directory
     */
    IoTableValidator(BiConsumer<String, String> error, Path scenarioDir) {
        this.error = error;
        this.scenarioDir = scenarioDir;
    }

    /** The scenario's table, read once, or null when it cannot be read (the problem is reported). */
    IoTable resolve(Scenario s) {
        IoTableSpec io = s.ioTable();
        IoTable table = read(io);
        if (table == null) {
            return null;
        }
        sector("io_table.mining_sector", io.miningSector(), table);
        sector("io_table.equipment_sector", io.equipmentSector(), table);
        sector("io_table.engineering_sector", io.engineeringSector(), table);
        sector("io_table.processing_sector", io.processingSector(), table);
        for (SupplierSpec sp : s.suppliers()) {
            if (sp.ioSector() != null) {
                sector("suppliers[" + sp.id() + "].io_sector", sp.ioSector(), table);
            }
        }
        return table;
    }

    private IoTable read(IoTableSpec io) {
        String name = io.table();
        try {
            if (!IoTable.BUNDLED.contains(name) && !Files.isDirectory(IoTableReader.directory(name, scenarioDir))) {
                String close = Names.closest(name, IoTable.BUNDLED);
                error.accept("io_table.table", "unknown IO table '" + name + "'; "
                        + (close != null ? "did you mean '" + close + "'? " : "") + "allowed: a bundled table ("
                        + String.join(", ", IoTable.BUNDLED) + ") or a table directory relative to the "
                        + (scenarioDir != null ? "scenario file" : "working directory") + " (there is no directory '"
                        + name + "' there)");
                return null;
            }
            return IoTable.load(name, scenarioDir, io.compensationPerEmployeeYen()).withPriceIndex(io.priceIndex2025Over2015());
        } catch (IoTableException e) {
            error.accept("io_table.table", "cannot read IO table '" + name + "': " + e.getMessage());
            return null;
        }
    }

    private void sector(String path, String code, IoTable table) {
        if (!table.hasSector(code)) {
            error.accept(path, "IO table " + label(table) + " has no sector '" + code + "'; allowed: "
                    + String.join(", ", table.sectorCodes()));
        }
    }

    /** Bundled tables by name; directories by the name the scenario gives (their table name is the full path). */
    private static String label(IoTable table) {
        return IoTable.BUNDLED.contains(table.name()) ? table.name() : "'" + table.name() + "'";
    }
}
