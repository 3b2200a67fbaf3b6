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
        @Field(doc = "Average annual compensation per employee used to derive employment coefficients.", unit = "JPY/yr per person", min = 0, minExclusive = true, dflt = "4800000") double compensationPerEmployeeYen) {
}
