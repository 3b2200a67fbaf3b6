package kozan.scenario;

import java.time.YearMonth;

public record SupplierSpec(
        @Field(doc = "Supplier id.") String id,
        @Field(doc = "Display name.", dflt = "null") String name,
        @Field(doc = "EQUIPMENT (mining machinery), ENGINEERING (engineering, drilling, geological services) or PROCESSING (smelting, refining, separation).") SupplierKind kind,
        @Field(doc = "Region id.") String region,
        @Field(doc = "Commodity processed (PROCESSING only).", dflt = "null") String commodity,
        @Field(doc = "Capacity: t refined product/yr for PROCESSING, JPY/yr of output otherwise.", unit = "t/yr or JPY/yr", min = 0, minExclusive = true) double capacityPerYear,
        @Field(doc = "PROCESSING: imported concentrate (metal content) the plant runs on each year, at most.", unit = "t/yr", min = 0, dflt = "0") double importedFeedTPerYear,
        @Field(doc = "First month of operation (a plant still to be built; default: start).", dflt = "null") YearMonth opens,
        @Field(doc = "Workers per million yen of output per year; default: the IO employment coefficient of the supplier's sector.", unit = "persons per (JPY m/yr)", min = 0, dflt = "null") Double workersPerMillionYen,
        @Field(doc = "IO sector code for employment coefficients (default by kind: EQUIPMENT 30, ENGINEERING 66, PROCESSING 27 in the 37-sector table).", dflt = "null") String ioSector,
        @Field(doc = "Utilisation above which capacity expands after the sustain period.", min = 0, max = 2, dflt = "0.9") double expandAbove,
        @Field(doc = "Utilisation below which capacity contracts after the sustain period.", min = 0, max = 1, dflt = "0.5") double contractBelow,
        @Field(doc = "Months utilisation must stay beyond a threshold before capacity changes.", unit = "months", min = 1, max = 120, dflt = "12") int sustainMonths,
        @Field(doc = "Months from the expansion decision to new capacity.", unit = "months", min = 0, max = 120, dflt = "18") int buildLagMonths,
        @Field(doc = "Capacity change per expansion or contraction step, as a share of capacity.", min = 0, max = 1, dflt = "0.2") double stepShare) {
}
