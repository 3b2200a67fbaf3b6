package kozan.scenario;

/**
 * Which input-output table to use and the sectors the model reads from it. The loader reads the table and checks
 * every code against it; the table itself travels in {@link ResolvedInputs}.
 */
public record IoTableSpec(
        @Field(doc = "Table: a bundled table name (japan-2015-37, japan-2015-13) or a directory relative to the scenario file.", dflt = "japan-2015-37") String table,
        @Field(doc = "Sector of mine output.", dflt = "06") String miningSector,
        @Field(doc = "Sector of EQUIPMENT suppliers (production machinery).", dflt = "30") String equipmentSector,
        @Field(doc = "Sector of ENGINEERING suppliers (business services).", dflt = "66") String engineeringSector,
        @Field(doc = "Sector of PROCESSING suppliers (non-ferrous metals).", dflt = "27") String processingSector,
        @Field(doc = "Average annual compensation per employee used to derive employment coefficients.", unit = "JPY/yr per person", min = 0, minExclusive = true, dflt = "4800000") double compensationPerEmployeeYen,
        @Field(doc = "Price index P2025 / P2015 (GDP deflator ratio, derived; docs/design/jobs-issue-13.md 5.2): IO coefficients are in 2015 yen, model money in constant 2025 yen, so jobs per model yen = employment coefficient / this index.", min = 0.5, max = 2.0, dflt = "1.12") double priceIndex2025Over2015,
        @Field(doc = "FLQ delta of the regional purchase coefficients (docs/io-and-labour.md, Where the jobs are): lambda = log2(1 + regional share of employment)^delta; 0 gives the CILQ. 0.3: Flegg & Webber (1997)'s usual value (labelled choice).", min = 0, max = 1, dflt = "0.3") double flqDelta,
        @Field(doc = "Distance elasticity beta of the gravity rule that sends purchases to other regions (weight = size x distance^-beta between region centres). 1.0: assumption near Disdier & Head (2008)'s meta-analysis mean ~0.9.", min = 0, max = 3, dflt = "1.0") double distanceElasticity,
        @Field(doc = "Override (labelled assumption) of the share of a region's EQUIPMENT orders its own open EQUIPMENT suppliers take; default: the regional purchase coefficient of equipment_sector for mining buyers.", min = 0, max = 1, dflt = "null") Double equipmentLocalShare,
        @Field(doc = "Override (labelled assumption) of the share of a region's ENGINEERING orders its own open ENGINEERING suppliers take; default: the regional purchase coefficient of engineering_sector for mining buyers.", min = 0, max = 1, dflt = "null") Double engineeringLocalShare) {

    /** The spec without the later keys (their defaults: price index 1.12, FLQ delta 0.3, beta 1.0, local shares from the RPC). */
    public IoTableSpec(String table, String miningSector, String equipmentSector, String engineeringSector,
            String processingSector, double compensationPerEmployeeYen) {
        this(table, miningSector, equipmentSector, engineeringSector, processingSector, compensationPerEmployeeYen,
                kozan.scenario.io.IoTable.DEFAULT_PRICE_INDEX_2025_OVER_2015, kozan.scenario.io.RegionalIo.DEFAULT_FLQ_DELTA,
                kozan.scenario.io.RegionalIo.DEFAULT_DISTANCE_ELASTICITY, null, null);
    }
}
