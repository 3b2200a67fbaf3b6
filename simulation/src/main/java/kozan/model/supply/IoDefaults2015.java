package kozan.model.supply;

import kozan.scenario.SupplierKind;

/**
 * Japan 2015 input-output ratios used by default (source: MIC 2015 IO table, 37 sectors, as aggregated in
 * ../shared/reference/io, value_added_ratios_2015_37.csv). Employment coefficients are derived, as the IO
 * SOURCE.md prescribes until a 2015 employment table is available: persons per million yen of output =
 * compensation-of-employees ratio / (average annual compensation per employee in million yen). With the
 * scenario default 4.8 M JPY: mining machinery (30) 0.0497, business services (66) 0.0717, non-ferrous
 * metals (27) 0.0210 persons per (JPY m/yr). Self-employed workers are missing from this derivation.
 */
public final class IoDefaults2015 {

    /** Compensation of employees / output, sector 06 mining. */
    public static final double COMPENSATION_RATIO_MINING = 0.20524816756396574;
    /** Compensation of employees / output, sector 30 production machinery (EQUIPMENT suppliers). */
    public static final double COMPENSATION_RATIO_EQUIPMENT = 0.23865054630901325;
    /** Compensation of employees / output, sector 66 business services (ENGINEERING suppliers). */
    public static final double COMPENSATION_RATIO_ENGINEERING = 0.3442246984015814;
    /** Compensation of employees / output, sector 27 non-ferrous metals (PROCESSING suppliers). */
    public static final double COMPENSATION_RATIO_PROCESSING = 0.10089767544584283;

    /** Gross value added / output, sector 06 mining. */
    public static final double VALUE_ADDED_RATIO_MINING = 0.520144118219397;
    /** Gross value added / output, sector 30. */
    public static final double VALUE_ADDED_RATIO_EQUIPMENT = 0.46217465354374876;
    /** Gross value added / output, sector 66. */
    public static final double VALUE_ADDED_RATIO_ENGINEERING = 0.6253846692286881;
    /** Gross value added / output, sector 27. */
    public static final double VALUE_ADDED_RATIO_PROCESSING = 0.24573063377782775;

    private IoDefaults2015() {
    }

    /** Persons per (JPY m/yr) of output for a supplier kind, at an average compensation per employee. */
    public static double workersPerMillionYen(SupplierKind kind, double compensationPerEmployeeYen) {
        double ratio = switch (kind) {
            case EQUIPMENT -> COMPENSATION_RATIO_EQUIPMENT;
            case ENGINEERING -> COMPENSATION_RATIO_ENGINEERING;
            case PROCESSING -> COMPENSATION_RATIO_PROCESSING;
        };
        return ratio / (compensationPerEmployeeYen / 1e6);
    }

    /** Gross value added per yen of output of a supplier kind. */
    public static double valueAddedRatio(SupplierKind kind) {
        return switch (kind) {
            case EQUIPMENT -> VALUE_ADDED_RATIO_EQUIPMENT;
            case ENGINEERING -> VALUE_ADDED_RATIO_ENGINEERING;
            case PROCESSING -> VALUE_ADDED_RATIO_PROCESSING;
        };
    }
}
