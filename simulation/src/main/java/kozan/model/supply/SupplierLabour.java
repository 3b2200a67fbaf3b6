package kozan.model.supply;

import kozan.scenario.IoTableSpec;
import kozan.scenario.SupplierKind;
import kozan.scenario.SupplierSpec;
import kozan.scenario.io.IoTable;

/**
 * Supplier labour demand from output, as used in runs: workers = annual output / 1e6 x employment coefficient
 * (persons per million JPY of annual output, from the IO table unless the scenario overrides it).
 */
public final class SupplierLabour {
    private SupplierLabour() {
    }

    /** IO sector code of a supplier: its own {@code io_sector}, else the scenario's sector for its kind. */
    public static String sector(SupplierSpec supplier, IoTableSpec io) {
        if (supplier.ioSector() != null) {
            return supplier.ioSector();
        }
        return sector(supplier.kind(), io);
    }

    public static String sector(SupplierKind kind, IoTableSpec io) {
        return switch (kind) {
            case EQUIPMENT -> io.equipmentSector();
            case ENGINEERING -> io.engineeringSector();
            case PROCESSING -> io.processingSector();
        };
    }

    /**
     * Persons per million JPY (2025) of annual output: the scenario override, or the IO coefficient of the sector
     * (persons per million 2015 JPY) x kappa, so an agent employs what the IO chain would for the same yen.
     */
    public static double coefficient(SupplierSpec supplier, IoTableSpec io, IoTable table) {
        if (supplier.workersPerMillionYen() != null) {
            return supplier.workersPerMillionYen();
        }
        return table.employmentCoefficient(table.index(sector(supplier, io))) * table.deflator2015To2025();
    }

    /** Workers for an annual output (JPY/yr). */
    public static double workers(double outputYenPerYear, double personsPerMillionYen) {
        if (!(outputYenPerYear >= 0) || !(personsPerMillionYen >= 0)) {
            throw new IllegalArgumentException("output (" + outputYenPerYear + " JPY/yr) and coefficient ("
                    + personsPerMillionYen + " persons per million JPY) must be >= 0");
        }
        return outputYenPerYear / 1.0e6 * personsPerMillionYen;
    }

    /**
     * The supplier's labour demand in a month: what this month's output (JPY/month) needs at full fill, at its
     * annual rate; a fill below 1 already cut the output, so it is scaled back up. No output at fill 0: none.
     */
    public static double workersAtFill(double outputYenPerMonth, double fill, double personsPerMillionYen) {
        return fill > 0 ? workers(outputYenPerMonth / fill * 12.0, personsPerMillionYen) : 0.0;
    }
}
