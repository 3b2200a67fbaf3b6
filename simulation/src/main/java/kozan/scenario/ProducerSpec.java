package kozan.scenario;

import java.util.List;

/** The producers of one origin (a country or 'rest') in a world market ({@link MarketSpec}). */
public record ProducerSpec(
        @Field(doc = "Origin id (china, australia, united_states, myanmar, rest).") String id,
        @Field(doc = "Capacity in production at the start outside the listed projects.", unit = "t/yr", min = 0, dflt = "0") double capacityTPerYear,
        @Field(doc = "Utilisation of capacity at the start price; it moves with price^utilisation_elasticity.", min = 0, max = 1, dflt = "0.85") double utilisation,
        @Field(doc = "Lowest utilisation of producing capacity.", min = 0, max = 1, dflt = "0.3") double minUtilisation,
        @Field(doc = "The origin with a domestic market and an export quota (China): its output serves its own demand first, its exports are capped by EXPORT_QUOTA and EXPORT_QUOTA_BATCH events and pay export_duty, its output by PRODUCTION_QUOTA events.", dflt = "false") boolean homeMarket,
        @Field(doc = "Japan's import sources this origin ships through (default: the source with the producer's id).", dflt = "null") List<String> importSources,
        @Field(doc = "Named projects: mines in production, idle, or candidates that enter when prices stay high.", dflt = "[]") List<ProjectSpec> projects) {

    /** The import sources this origin ships through. */
    public List<String> sourcesOrDefault() {
        return importSources == null ? List.of(id) : importSources;
    }
}
